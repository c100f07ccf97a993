/*
 * The console's behaviour in the browser, for every page of the template:
 * - the sidebar's search box filters the menu as the user types (case-insensitive, on entry and
 *   section names); Enter opens the first match, Escape clears; "/" jumps to the box;
 * - at phone width, the menu button folds the sidebar out and back;
 * - at phone width, each cell of a data table is labelled with its column's title, so a row
 *   can be read as a card;
 * - a click on a table row that holds a session link (and not on a button or link of its own)
 *   opens that session's page.
 */
(function () {
    "use strict";

    var NO_MATCH = "No matching pages";

    function menuFilter() {
        var input = document.getElementById("menu-filter");
        var empty = document.getElementById("menu-empty");
        var sections = Array.from(document.querySelectorAll("#menu .menu-section"));

        function matches(element, query) {
            return element !== null && element.textContent.toLowerCase().indexOf(query) >= 0;
        }

        function apply() {
            var query = input.value.trim().toLowerCase();
            var shownInAll = 0;
            sections.forEach(function (section) {
                var wholeSection = query === "" || matches(section.querySelector(".menu-section-title"), query);
                var shown = 0;
                section.querySelectorAll("li").forEach(function (item) {
                    item.hidden = !(wholeSection || matches(item, query));
                    shown += item.hidden ? 0 : 1;
                });
                section.hidden = shown === 0;
                shownInAll += shown;
            });
            empty.textContent = shownInAll === 0 ? NO_MATCH : "";
        }

        function firstMatch() {
            return document.querySelector("#menu .menu-section:not([hidden]) li:not([hidden]) a");
        }

        function clear() {
            input.value = "";
            apply();
        }

        input.addEventListener("input", apply);
        input.addEventListener("keydown", function (event) {
            if (event.key === "Enter") {
                event.preventDefault();
                var link = firstMatch();
                if (link !== null) {
                    window.location.assign(link.href);
                }
            } else if (event.key === "Escape" && input.value !== "") {
                event.preventDefault();
                event.stopPropagation();
                clear();
            }
        });
        apply();
        return input;
    }

    function foldingSidebar(filter) {
        var button = document.getElementById("menu-button");
        var backdrop = document.getElementById("menu-backdrop");

        function isOpen() {
            return document.body.classList.contains("menu-open");
        }

        function setOpen(open) {
            document.body.classList.toggle("menu-open", open);
            button.setAttribute("aria-expanded", String(open));
        }

        function folds() {
            return window.getComputedStyle(button).display !== "none";
        }

        button.addEventListener("click", function () {
            setOpen(!isOpen());
            if (isOpen()) {
                filter.focus();
            }
        });
        backdrop.addEventListener("click", function () {
            setOpen(false);
        });
        document.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && isOpen()) {
                setOpen(false);
                button.focus();
            } else if (event.key === "/" && !isTyping(event.target)) {
                event.preventDefault();
                if (folds()) {
                    setOpen(true);
                }
                filter.focus();
            }
        });
    }

    function isTyping(target) {
        return target instanceof HTMLInputElement
            || target instanceof HTMLTextAreaElement
            || target instanceof HTMLSelectElement
            || (target instanceof HTMLElement && target.isContentEditable);
    }

    function labelTableCells() {
        document.querySelectorAll(".content .ui-datatable").forEach(function (table) {
            var titles = Array.from(table.querySelectorAll("thead th")).map(function (header) {
                var title = header.querySelector(".ui-column-title");
                return title === null ? "" : title.textContent.trim();
            });
            table.querySelectorAll("tbody tr:not(.ui-datatable-empty-message)").forEach(function (row) {
                Array.from(row.children).forEach(function (cell, column) {
                    if (titles[column]) {
                        cell.setAttribute("data-label", titles[column]);
                    }
                });
            });
        });
    }

    function rowsOpenTheirSession() {
        document.addEventListener("click", function (event) {
            var row = event.target.closest("tr");
            if (row === null || event.target.closest("a, button, input, select, label") !== null) {
                return;
            }
            var link = row.querySelector("a.session-link");
            if (link !== null) {
                window.location.href = link.href;
            }
        });
    }

    function start() {
        foldingSidebar(menuFilter());
        rowsOpenTheirSession();
        labelTableCells();
        if (window.jQuery) {
            window.jQuery(document).on("pfAjaxComplete", labelTableCells);
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
