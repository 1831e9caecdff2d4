package org.threatloom.catalog.rules.expr;

/** A lexical token of the condition language. */
record Token(Kind kind, String text, int position) {

    enum Kind { IDENT, NUMBER, STRING, OP, LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, DOT, END }

    boolean is(Kind k, String t) {
        return kind == k && text.equals(t);
    }

    boolean isWord(String word) {
        return kind == Kind.IDENT && text.equals(word);
    }
}
