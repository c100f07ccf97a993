#!/usr/bin/env bash
# Checks every relative link of the project's Markdown: the file or folder it names exists, and its
# #anchor is a heading of that file, made the way GitHub makes it (lower case, a space becomes '-',
# punctuation other than '-' and '_' dropped, the second heading of the same text '-1', the third '-2').
# Links with a scheme (https:, mailto:) are not followed: no network. Prints each broken link as
# file:line: target (why) and exits 1 if there is any.
#   scripts/check-links.sh                 README.md, docs/*.md and bench/*.md
#   scripts/check-links.sh FILE.md ...     those files (named from the project's folder)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
shopt -s nullglob
[ "$#" -gt 0 ] || set -- README.md docs/*.md bench/*.md

# Bytes, not characters: the same answer under any locale, and with mawk (Debian's awk) or gawk.
export LC_ALL=C
# Every file and folder a link may name; build output is not one.
paths=$(find . \( -name .git -o -name build -o -name target -o -name node_modules \) -prune -o -print)

awk -v paths="$paths" '
function normalise(path,    parts, n, i, out, depth, kept) {
    n = split(path, parts, "/")
    depth = 0
    for (i = 1; i <= n; i++) {
        if (parts[i] == "" || parts[i] == ".") continue
        if (parts[i] == "..") { if (depth == 0) return "../"; depth--; continue }
        kept[++depth] = parts[i]
    }
    out = ""
    for (i = 1; i <= depth; i++) out = out (i > 1 ? "/" : "") kept[i]
    return out == "" ? "." : out
}

# GitHub: the heading as rendered (a link shows its text), lower case, punctuation and symbols
# dropped (ASCII, and U+0080-U+00BF and U+2000-U+2FFF: dashes, quotes, arrows), each space a -.
function slug(text,    out, i, c, link) {
    while (match(text, /!?\[[^]]*\]\([^)]*\)/)) {
        link = substr(text, RSTART, RLENGTH)
        sub(/^!?\[/, "", link); sub(/\]\(.*$/, "", link)
        text = substr(text, 1, RSTART - 1) link substr(text, RSTART + RLENGTH)
    }
    gsub(/<[^>]*>/, "", text)
    gsub(/^[ \t]+|[ \t]+$/, "", text)
    text = tolower(text)
    gsub("\342[\200-\277][\200-\277]", "", text)
    gsub("\302[\200-\277]", "", text)
    out = ""
    for (i = 1; i <= length(text); i++) {
        c = substr(text, i, 1)
        if (c == " ") out = out "-"
        else if (index(punctuation, c) == 0) out = out c
    }
    return out
}

function addAnchor(file, text,    base, n) {
    base = slug(text)
    n = seen[file, base]++
    anchors[file, (n ? base "-" n : base)] = 1
}

# Reads the headings of a Markdown file once, the first time a link asks for one of its anchors.
function readAnchors(file,    line, previous, fenced, text, id) {
    if (file in read) return
    read[file] = 1
    previous = ""; fenced = 0
    while ((getline line < file) > 0) {
        if (line ~ /^ *(```|~~~)/) { fenced = !fenced; previous = ""; continue }
        if (fenced) continue
        if (line ~ /^ ? ? ?#+([ \t]|$)/ && line !~ /^ *#######/) {
            text = line
            sub(/^ *#+[ \t]*/, "", text); sub(/[ \t]+#+[ \t]*$/, "", text)
            addAnchor(file, text)
            previous = ""; continue
        }
        if ((line ~ /^ ? ? ?=+[ \t]*$/ || line ~ /^ ? ? ?-+[ \t]*$/) && previous ~ /[^ \t]/ \
            && previous !~ /^ *([-*+>|]|[0-9]+\.)/) {
            addAnchor(file, previous)
            previous = ""; continue
        }
        while (match(line, /(id|name)="[^"]+"/)) {
            id = substr(line, RSTART, RLENGTH); sub(/^[a-z]+="/, "", id); sub(/"$/, "", id)
            anchors[file, id] = 1
            line = substr(line, RSTART + RLENGTH)
        }
        previous = line
    }
    close(file)
}

function check(target,    path, anchor, hash, resolved, dir, why) {
    sub(/^</, "", target); sub(/>$/, "", target)
    sub(/[ \t].*$/, "", target)                      # a title: [text](target "title")
    if (target == "" || target ~ /^[A-Za-z][A-Za-z0-9+.-]*:/ || target ~ /^\/\//) return
    hash = index(target, "#")
    path = hash ? substr(target, 1, hash - 1) : target
    anchor = hash ? substr(target, hash + 1) : ""
    gsub(/%20/, " ", path)
    dir = file; if (!sub(/\/[^\/]*$/, "", dir)) dir = "."
    if (path == "") resolved = file
    else if (path ~ /^\//) resolved = normalise(path)
    else resolved = normalise(dir "/" path)
    why = ""
    checked++
    if (!(resolved in exists)) why = "no such file"
    else if (anchor != "" && resolved ~ /\.[mM][dD]$/) {
        readAnchors(resolved)
        if (!((resolved, anchor) in anchors)) why = "no heading #" anchor " in " resolved
    }
    if (why != "") { print file ":" FNR ": " target " (" why ")"; broken++ }
}

BEGIN {
    punctuation = "!\"#$%&\047()*+,./:;<=>?@[\\]^`{|}~\t"
    n = split(paths, list, "\n")
    for (i = 1; i <= n; i++) { p = list[i]; sub(/^\.\//, "", p); exists[p] = 1 }
    broken = 0; checked = 0
}
FNR == 1 { fenced = 0; file = normalise(FILENAME) }
/^ *(```|~~~)/ { fenced = !fenced; next }
fenced { next }
{
    line = $0
    gsub(/``[^`]*``/, "", line); gsub(/`[^`]*`/, "", line)   # code spans hold no links
    if (match(line, /^ ? ? ?\[[^]]+\]:[ \t]*[^ \t]/)) {      # a reference: [name]: target
        target = line; sub(/^ *\[[^]]+\]:[ \t]*/, "", target); check(target)
        next
    }
    html = line
    while (match(html, /<(img|a) [^>]*(src|href)="[^"]*"/)) {    # HTML: <img src="…">, <a href="…">
        target = substr(html, RSTART, RLENGTH); sub(/^.*(src|href)="/, "", target); sub(/"$/, "", target)
        html = substr(html, RSTART + RLENGTH)      # before check(), whose match() moves RSTART
        check(target)
    }
    while (match(line, /\]\([^)]*\)/)) {
        target = substr(line, RSTART + 2, RLENGTH - 3)
        line = substr(line, RSTART + RLENGTH)
        check(target)
    }
}
END {
    if (broken) { print broken " of " checked " relative links broken"; exit 1 }
    print "Links: " checked " relative links in " ARGC - 1 " files, none broken"
}
' "$@"
