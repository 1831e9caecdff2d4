package org.threatloom.catalog.rules.expr;

import java.util.ArrayList;
import java.util.List;

/** Splits a condition into tokens. Conditions are short; a hard length limit keeps hostile input cheap. */
final class Lexer {
    static final int MAX_LENGTH = 4000;

    private Lexer() {}

    static List<Token> tokens(String text) throws ConditionException {
        if (text.length() > MAX_LENGTH) throw new ConditionException(0, "condition longer than " + MAX_LENGTH + " characters");
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int s = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) i++;
                out.add(new Token(Token.Kind.IDENT, text.substring(s, i), s));
            } else if (Character.isDigit(c)) {
                int s = i;
                while (i < text.length() && Character.isDigit(text.charAt(i))) i++;
                if (i - s > 9) throw new ConditionException(s, "number too large");
                out.add(new Token(Token.Kind.NUMBER, text.substring(s, i), s));
            } else if (c == '\'' || c == '"') {
                int s = i++;
                StringBuilder sb = new StringBuilder();
                while (i < text.length() && text.charAt(i) != c) sb.append(text.charAt(i++));
                if (i >= text.length()) throw new ConditionException(s, "unterminated string");
                i++;
                out.add(new Token(Token.Kind.STRING, sb.toString(), s));
            } else {
                int s = i;
                String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
                switch (two) {
                    case "==", "!=", "<=", ">=" -> {
                        out.add(new Token(Token.Kind.OP, two, s));
                        i += 2;
                        continue;
                    }
                    default -> { }
                }
                i++;
                switch (c) {
                    case '<', '>' -> out.add(new Token(Token.Kind.OP, String.valueOf(c), s));
                    case '(' -> out.add(new Token(Token.Kind.LPAREN, "(", s));
                    case ')' -> out.add(new Token(Token.Kind.RPAREN, ")", s));
                    case '[' -> out.add(new Token(Token.Kind.LBRACKET, "[", s));
                    case ']' -> out.add(new Token(Token.Kind.RBRACKET, "]", s));
                    case ',' -> out.add(new Token(Token.Kind.COMMA, ",", s));
                    case '.' -> out.add(new Token(Token.Kind.DOT, ".", s));
                    case '=' -> throw new ConditionException(s, "use '==' to compare");
                    case '&', '|', '!' -> throw new ConditionException(s, "use 'and', 'or', 'not' (and '!=' for inequality)");
                    default -> throw new ConditionException(s, "unexpected character '" + c + "'");
                }
            }
        }
        out.add(new Token(Token.Kind.END, "", text.length()));
        return out;
    }
}
