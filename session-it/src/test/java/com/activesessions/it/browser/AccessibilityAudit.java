package com.activesessions.it.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a person using a screen reader, a keyboard, low vision or a narrow window meets on each page a
 * test opens: axe-core's rules of WCAG 2.1 A and AA, the page's width at the window's and at a phone's,
 * and the Content-Security-Policy left unbroken by the audit. It collects every page's findings and reports
 * them once, per page and per rule, so that one run shows all there is to fix.
 *
 * <p>axe-core runs as the page's own scripts cannot be made to: injected by the driver
 * ({@code executeScript}), which the page's policy does not govern, so the product's policy stays as
 * strict as it is; the policy is checked to have blocked nothing meanwhile.
 */
final class AccessibilityAudit {

    /** WCAG 2.0 and 2.1, levels A and AA: the rules axe-core tags so. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String OVERFLOW = """
            const page = document.scrollingElement;
            if (page.scrollWidth <= page.clientWidth) { return null; }
            const wider = Array.from(document.querySelectorAll('body *'))
                .filter(e => e.getBoundingClientRect().right > page.clientWidth + 1)
                .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= page.clientWidth + 1)
                .slice(0, 3)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (e.className && e.className.baseVal === undefined ? '.' + e.className.trim().split(/\\s+/).join('.') : ''));
            return page.scrollWidth + ' pixels wide in a window of ' + page.clientWidth + ' (' + wider.join(', ') + ')';""";

    /** Table cells whose content is wider than the cell: PrimeFaces' tables are fixed and clip it. */
    private static final String CLIPPED = """
            return Array.from(document.querySelectorAll('tbody > tr > td'))
                .filter(cell => cell.offsetParent !== null && cell.scrollWidth > cell.clientWidth + 1)
                .slice(0, 3)
                .map(cell => (cell.getAttribute('data-label') || 'a cell') + ': "' + cell.textContent.trim().slice(0, 60)
                        + '" needs ' + cell.scrollWidth + ' pixels of ' + cell.clientWidth);""";

    private final AxeBuilder axe = new AxeBuilder().withTags(WCAG_21_AA);
    private final Set<String> pages = new LinkedHashSet<>();
    private final List<Finding> findings = new ArrayList<>();

    /**
     * One element that breaks one rule on one page (or, for {@code page-width}, the page itself), and
     * why: axe-core's summary names the colours and the ratio of a {@code color-contrast} failure.
     */
    record Finding(String page, String rule, String impact, String target, String why) {

        @Override
        public String toString() {
            return "%-32s %-22s %-8s %s: %s".formatted(page, rule, impact, target, why);
        }
    }

    /**
     * Checks the page the browser shows now, named {@code page} in the report: axe-core and the width in
     * the browser's window, then the width at a phone's, without loading the page again.
     */
    void check(Browser browser, String page) {
        browser.waitForAjax();
        browser.waitUntil(
                d -> Boolean.TRUE.equals(browser.script("return !window.jQuery || !jQuery(':animated').length;")));
        pages.add(page);
        Results results = axe.analyze(browser.driver());
        if (results.isErrored()) {
            throw new AssertionError("axe-core did not run on " + page + ": " + results.getErrorMessage());
        }
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                add(new Finding(
                        page, rule.getId(), rule.getImpact(), String.valueOf(node.getTarget()), why(rule, node)));
            }
        }
        checkWidth(browser, page);
        browser.phoneWidth();
        checkWidth(browser, page);
        browser.laptopWindow();
        List<?> blocked = browser.policyViolations();
        if (!blocked.isEmpty()) {
            add(new Finding(page, "csp", "critical", "the policy blocked something", blocked.toString()));
        }
    }

    private void checkWidth(Browser browser, String page) {
        Object overflow = browser.script(OVERFLOW);
        if (overflow != null) {
            add(new Finding(page, "page-width", "serious", "the page scrolls sideways", overflow.toString()));
        }
        for (Object cell : (List<?>) browser.script(CLIPPED)) {
            add(new Finding(page, "cell-clipped", "serious", "a table cell cuts its value off", cell.toString()));
        }
    }

    /** axe-core's failure summary on one line ("Element has insufficient color contrast of 3.12 (…)"). */
    private static String why(Rule rule, CheckedNode node) {
        String summary = node.getFailureSummary();
        return summary == null || summary.isBlank()
                ? rule.getHelp()
                : summary.replaceFirst("^Fix (any|all) of the following:\\s*", "")
                        .replaceAll("\\s+", " ");
    }

    private void add(Finding finding) {
        findings.add(finding);
        System.out.println("[accessibility] " + finding);
    }

    /** Every finding, then how many pages each rule was broken on and how many times. */
    String report() {
        Map<String, List<Finding>> byRule =
                findings.stream().collect(Collectors.groupingBy(Finding::rule, TreeMap::new, Collectors.toList()));
        StringBuilder report = new StringBuilder();
        report.append("%d of %d pages break a rule, %d findings%n"
                .formatted(findings.stream().map(Finding::page).distinct().count(), pages.size(), findings.size()));
        findings.forEach(finding -> report.append("  ").append(finding).append('\n'));
        report.append("per rule (pages, elements):\n");
        byRule.forEach((rule, found) -> report.append("  %-22s %3d %4d%n"
                .formatted(rule, found.stream().map(Finding::page).distinct().count(), found.size())));
        report.append("pages checked: ").append(String.join(", ", pages)).append('\n');
        return report.toString();
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    int pagesChecked() {
        return pages.size();
    }
}
