package com.activesessions.cluster.infrastructure;

import com.activesessions.sessions.application.EndedSession;
import com.activesessions.sessions.application.RevokedSessions;
import com.activesessions.sessions.application.SessionsEnded;
import com.activesessions.sessions.domain.SessionIdHash;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells every other instance of the deployment group, through Payara's data grid, that sessions
 * were ended, and waits until each has them in its {@link RevokedSessions} before the ending
 * returns: so an ended session's very next request is refused wherever it lands. An instance
 * that does not answer within {@code activesessions.cluster.revocation-ack-timeout-millis} is
 * left to the tracking filter's re-check of the record.
 *
 * <p>A startup singleton, so that every instance listens from the start; its concurrency is its
 * own (endings on several threads wait for their acknowledgements side by side).
 *
 * <p>Messages are plain strings (Hazelcast needs no application class to carry them). The
 * instances running the application announce themselves in a grid map, so that an ending waits
 * for exactly those still in the grid, never for the DAS or an instance that has stopped.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GridRevocations {

    static final String REVOCATIONS = "activesessions.revocations";
    static final String ACKNOWLEDGEMENTS = "activesessions.revocation-acks";
    static final String MEMBERS = "activesessions.members";
    private static final String HAZELCAST_JNDI = "payara/Hazelcast";
    private static final String SEPARATOR = "|";

    private static final Logger LOG = Logger.getLogger(GridRevocations.class.getName());

    @Inject
    private RevokedSessions revoked;

    @Inject
    @ConfigProperty(name = "activesessions.cluster.revocation-ack-timeout-millis", defaultValue = "2000")
    private long ackTimeoutMillis;

    private HazelcastInstance grid;
    private String self;
    private UUID revocationListener;
    private UUID acknowledgementListener;
    private final Map<String, Set<String>> awaited = new ConcurrentHashMap<>();

    @PostConstruct
    void join() {
        grid = hazelcast();
        if (grid == null) {
            return;
        }
        self = grid.getCluster().getLocalMember().getUuid().toString();
        revocationListener = revocations().addMessageListener(message -> received(message.getMessageObject()));
        acknowledgementListener =
                acknowledgements().addMessageListener(message -> acknowledged(message.getMessageObject()));
        members().put(self, System.getProperty("com.sun.aas.instanceName", self));
        LOG.info(() -> "Revocations go through the data grid; this instance is "
                + members().get(self));
    }

    @PreDestroy
    void leave() {
        if (grid == null || !grid.getLifecycleService().isRunning()) {
            return;
        }
        members().remove(self);
        revocations().removeMessageListener(revocationListener);
        acknowledgements().removeMessageListener(acknowledgementListener);
    }

    /** Whether this instance shares revocations with others through the data grid. */
    public boolean clustered() {
        return grid != null;
    }

    public void onEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEnded ended) {
        if (grid == null) {
            return;
        }
        List<String> hashes = ended.sessions().stream()
                .map(EndedSession::sessionIdHash)
                .filter(Objects::nonNull)
                .map(SessionIdHash::hex)
                .toList();
        if (!hashes.isEmpty()) {
            tellOthers(hashes);
        }
    }

    private void tellOthers(List<String> hashes) {
        String id = UUID.randomUUID().toString();
        Set<String> others = ConcurrentHashMap.newKeySet();
        others.addAll(peers());
        if (others.isEmpty()) {
            return;
        }
        awaited.put(id, others);
        try {
            revocations().publish(String.join(SEPARATOR, id, self, String.join(",", hashes)));
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ackTimeoutMillis);
            synchronized (others) {
                while (!others.isEmpty() && System.nanoTime() < deadline) {
                    others.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                }
            }
            if (!others.isEmpty()) {
                LOG.warning(() -> "No acknowledgement of a revocation within " + ackTimeoutMillis + " ms from "
                        + others.stream()
                                .map(member -> members().getOrDefault(member, member))
                                .toList()
                        + "; they refuse the session once their knowledge of it is stale");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            awaited.remove(id);
        }
    }

    /** The other instances running the application that are still in the grid. */
    private Set<String> peers() {
        Set<String> inGrid = grid.getCluster().getMembers().stream()
                .map(Member::getUuid)
                .map(UUID::toString)
                .collect(Collectors.toSet());
        return members().keySet().stream()
                .filter(inGrid::contains)
                .filter(member -> !member.equals(self))
                .collect(Collectors.toSet());
    }

    private void received(String message) {
        String[] parts = message.split("\\" + SEPARATOR, 3);
        if (parts.length < 3 || parts[1].equals(self)) {
            return;
        }
        try {
            Arrays.stream(parts[2].split(",")).map(SessionIdHash::new).forEach(revoked::revoke);
        } catch (RuntimeException malformed) {
            LOG.log(Level.WARNING, "A revocation message could not be read", malformed);
            return;
        }
        acknowledgements().publish(String.join(SEPARATOR, parts[0], self));
    }

    private void acknowledged(String message) {
        String[] parts = message.split("\\" + SEPARATOR, 2);
        Set<String> others = parts.length == 2 ? awaited.get(parts[0]) : null;
        if (others != null) {
            synchronized (others) {
                others.remove(parts[1]);
                others.notifyAll();
            }
        }
    }

    private ITopic<String> revocations() {
        return grid.getTopic(REVOCATIONS);
    }

    private ITopic<String> acknowledgements() {
        return grid.getTopic(ACKNOWLEDGEMENTS);
    }

    private IMap<String, String> members() {
        return grid.getMap(MEMBERS);
    }

    private static HazelcastInstance hazelcast() {
        try {
            HazelcastInstance found = (HazelcastInstance) new InitialContext().lookup(HAZELCAST_JNDI);
            return found != null && found.getLifecycleService().isRunning() ? found : null;
        } catch (NamingException | RuntimeException | LinkageError noGrid) {
            LOG.fine(() -> "No data grid: revocations stay on this server (" + noGrid + ")");
            return null;
        }
    }
}
