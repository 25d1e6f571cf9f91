package com.perflab.mall.e2e.monitoring;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression (or a Grafana variable query such as {@code label_values(m, label)})
 * reads. A small tokenizer, not a full parser: it drops string literals, label matchers in {@code {...}},
 * range and subquery brackets {@code [...]}, label lists after {@code by/without/on/ignoring/group_left/
 * group_right}, numbers and durations, Grafana variables ({@code $x}, {@code ${x}}, {@code [[x]]}),
 * function and aggregation names (an identifier followed by {@code (}) and keywords. What remains are the
 * metric names; {@code {__name__="m"}} selectors are read too.
 */
public final class PromQlMetricNames {

    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "and", "or", "unless", "offset", "atan2", "inf", "nan", "start", "end");
    /** Aggregation operators: also written {@code sum by (x) (...)}, so not always directly before "(". */
    private static final Set<String> AGGREGATIONS = Set.of("sum", "avg", "min", "max", "count", "stddev", "stdvar",
            "topk", "bottomk", "quantile", "count_values", "group", "limitk", "limit_ratio");
    private static final Set<String> LABEL_LIST_KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right");
    private static final Pattern NAME_MATCHER = Pattern.compile("__name__\\s*=\\s*\"([a-zA-Z_:][a-zA-Z0-9_:]*)\"");
    private static final Pattern LABEL_VALUES = Pattern.compile("^\\s*label_values\\s*\\((.*)\\)\\s*$", Pattern.DOTALL);
    private static final Pattern QUERY_RESULT = Pattern.compile("^\\s*query_result\\s*\\((.*)\\)\\s*$", Pattern.DOTALL);

    private PromQlMetricNames() {
    }

    /** Metric names of a Grafana template variable query: label_values(expr, label), query_result(expr), or PromQL. */
    public static Set<String> ofVariableQuery(String query) {
        Matcher labelValues = LABEL_VALUES.matcher(query);
        if (labelValues.matches()) {
            String args = labelValues.group(1);
            int comma = topLevelLastComma(args);
            // label_values(label) alone reads no metric
            return comma < 0 ? Set.of() : of(args.substring(0, comma));
        }
        Matcher queryResult = QUERY_RESULT.matcher(query);
        if (queryResult.matches()) {
            return of(queryResult.group(1));
        }
        if (query.matches("^\\s*(label_names|metrics)\\s*\\(.*")) {
            return Set.of();
        }
        return of(query);
    }

    /** Metric names read by a PromQL expression. */
    public static Set<String> of(String expr) {
        Set<String> names = new LinkedHashSet<>();
        int i = 0;
        int n = expr.length();
        String previousWord = null;
        while (i < n) {
            char c = expr.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipString(expr, i);
                previousWord = null;
            } else if (c == '#') { // comment to the end of the line
                while (i < n && expr.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '{') {
                int end = closing(expr, i, '{', '}');
                Matcher name = NAME_MATCHER.matcher(expr.substring(i, end));
                while (name.find()) {
                    names.add(name.group(1));
                }
                i = end;
                previousWord = null;
            } else if (c == '[' && i + 1 < n && expr.charAt(i + 1) == '[') { // [[variable]]
                int end = expr.indexOf("]]", i);
                i = end < 0 ? n : end + 2;
            } else if (c == '[') {
                i = closing(expr, i, '[', ']');
                previousWord = null;
            } else if (c == '$') {
                i = skipVariable(expr, i);
                previousWord = null;
            } else if (c == '(' && previousWord != null && LABEL_LIST_KEYWORDS.contains(previousWord)) {
                i = closing(expr, i, '(', ')');
                previousWord = null;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(expr.charAt(i + 1)))) {
                while (i < n && (Character.isLetterOrDigit(expr.charAt(i)) || expr.charAt(i) == '.'
                        || ((expr.charAt(i) == '+' || expr.charAt(i) == '-') && (expr.charAt(i - 1) == 'e' || expr.charAt(i - 1) == 'E')))) {
                    i++;
                }
                previousWord = null;
            } else if (Character.isLetter(c) || c == '_' || c == ':') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(expr.charAt(i)) || expr.charAt(i) == '_' || expr.charAt(i) == ':')) {
                    i++;
                }
                String word = expr.substring(start, i);
                int next = skipSpace(expr, i);
                boolean call = next < n && expr.charAt(next) == '(';
                String lower = word.toLowerCase(java.util.Locale.ROOT);
                if (KEYWORDS.contains(lower)) {
                    if (lower.equals("offset")) { // offset 5m / offset -1h
                        i = skipSpace(expr, i);
                        while (i < n && (Character.isLetterOrDigit(expr.charAt(i)) || expr.charAt(i) == '-')) {
                            i++;
                        }
                    }
                    previousWord = lower;
                } else if (AGGREGATIONS.contains(word) && !(next < n && expr.charAt(next) == '{')) {
                    previousWord = null;
                } else if (!call) {
                    names.add(word);
                    previousWord = null;
                } else {
                    previousWord = null;
                }
            } else {
                i++;
                if (!Character.isWhitespace(c)) {
                    previousWord = null;
                }
            }
        }
        return names;
    }

    private static int skipString(String s, int start) {
        char quote = s.charAt(start);
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != quote) {
            if (s.charAt(i) == '\\' && quote != '`') {
                i++;
            }
            i++;
        }
        return Math.min(i + 1, s.length());
    }

    private static int skipVariable(String s, int start) {
        int i = start + 1;
        if (i < s.length() && s.charAt(i) == '{') {
            int end = s.indexOf('}', i);
            return end < 0 ? s.length() : end + 1;
        }
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Index after the bracket that closes the one at {@code open}, skipping strings inside. */
    private static int closing(String s, int open, char opening, char closingChar) {
        int depth = 0;
        int i = open;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipString(s, i);
                continue;
            }
            if (c == opening) {
                depth++;
            } else if (c == closingChar && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException("unbalanced '" + opening + "' at " + open + " in: " + s);
    }

    private static int topLevelLastComma(String s) {
        int depth = 0;
        int last = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipString(s, i) - 1;
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                last = i;
            }
        }
        return last;
    }
}
