# Active Sessions on the official Payara Server Full image, the same Payara (6.2025.9) the build pins.
#   docker build -t active-sessions .
#   docker run -p 8080:8080 -e ACTIVESESSIONS_MFA_SECRET_KEY=<64 hex digits> active-sessions   then open http://localhost:8080/
# The MFA key has no default (docs/OPERATING.md, "The MFA key"): keep the one you choose.

# Stage 1: build the EAR.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# Only the EAR and the modules it needs: session-it would unpack a whole Payara zip at package.
RUN mvn -B -DskipTests -pl session-ear -am package

# Stage 2: run it. Tag = Payara version + "-jdk17"; the image runs as user payara, exposes 8080/8181/4848/9009.
FROM payara/server-full:6.2025.9-jdk17
# The entrypoint deploys everything in $DEPLOY_DIR (/opt/payara/deployments) once domain1 is up;
# application.xml already names the app active-sessions with context root /, so no post-boot file is needed.
COPY --from=build --chown=payara:payara /src/session-ear/target/active-sessions.ear $DEPLOY_DIR/
# The same domain settings the run and test commands apply (header size for long User-Agents).
COPY --chown=payara:payara config/preboot-commands.asadmin $PREBOOT_COMMANDS
