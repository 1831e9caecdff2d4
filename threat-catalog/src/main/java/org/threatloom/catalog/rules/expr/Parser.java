package org.threatloom.catalog.rules.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for the condition language (grammar in threat-catalog/RULES.md):
 * <pre>
 * expr := and ('or' and)*          and := unary ('and' unary)*        unary := 'not' unary | comparison
 * comparison := value (('=='|'!='|'<'|'<='|'>'|'>=') value | 'in' '[' value (',' value)* ']'
 *                      | 'contains' value | 'is' TYPE)?
 * value := primary ('.' IDENT | '[' TYPE ']')*
 * primary := literal | IDENT '(' expr (',' expr)* ')' | IDENT | '(' expr ')'
 * </pre>
 */
final class Parser {
    private static final int MAX_DEPTH = 64;
    private final List<Token> tokens;
    private int next;
    private int depth;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Ast parse(String text) throws ConditionException {
        Parser p = new Parser(Lexer.tokens(text));
        Ast ast = p.expr();
        Token end = p.peek();
        if (end.kind() != Token.Kind.END) throw new ConditionException(end.position(), "unexpected '" + end.text() + "'");
        return ast;
    }

    private Ast expr() throws ConditionException {
        if (++depth > MAX_DEPTH) throw new ConditionException(peek().position(), "condition nested too deeply");
        try {
            Ast left = and();
            while (peek().isWord("or")) {
                int pos = take().position();
                left = new Ast.Logic(pos, false, left, and());
            }
            return left;
        } finally {
            depth--;
        }
    }

    private Ast and() throws ConditionException {
        Ast left = unary();
        while (peek().isWord("and")) {
            int pos = take().position();
            left = new Ast.Logic(pos, true, left, unary());
        }
        return left;
    }

    private Ast unary() throws ConditionException {
        if (peek().isWord("not")) {
            int pos = take().position();
            if (++depth > MAX_DEPTH) throw new ConditionException(pos, "condition nested too deeply");
            try {
                return new Ast.Not(pos, unary());
            } finally {
                depth--;
            }
        }
        return comparison();
    }

    private Ast comparison() throws ConditionException {
        Ast left = value();
        Token t = peek();
        if (t.kind() == Token.Kind.OP) {
            take();
            return new Ast.Compare(t.position(), t.text(), left, value());
        }
        if (t.isWord("in")) {
            take();
            expect(Token.Kind.LBRACKET, "'[' after 'in'");
            List<Ast> items = new ArrayList<>();
            items.add(value());
            while (peek().kind() == Token.Kind.COMMA) {
                take();
                items.add(value());
            }
            expect(Token.Kind.RBRACKET, "']' closing the list");
            return new Ast.In(t.position(), left, items);
        }
        if (t.isWord("contains")) {
            take();
            return new Ast.Contains(t.position(), left, value());
        }
        if (t.isWord("is")) {
            take();
            Token type = expect(Token.Kind.IDENT, "a type name after 'is'");
            return new Ast.Is(t.position(), left, type.text());
        }
        return left;
    }

    private Ast value() throws ConditionException {
        Ast v = primary();
        while (true) {
            Token t = peek();
            if (t.kind() == Token.Kind.DOT) {
                take();
                Token f = expect(Token.Kind.IDENT, "a property name after '.'");
                v = new Ast.Path(f.position(), v, f.text());
            } else if (t.kind() == Token.Kind.LBRACKET) {
                take();
                Token type = expect(Token.Kind.IDENT, "a type name in '[...]'");
                expect(Token.Kind.RBRACKET, "']'");
                v = new Ast.Filter(type.position(), v, type.text());
            } else {
                return v;
            }
        }
    }

    private Ast primary() throws ConditionException {
        Token t = take();
        switch (t.kind()) {
            case NUMBER:
                return new Ast.Literal(t.position(), Integer.parseInt(t.text()));
            case STRING:
                return new Ast.Literal(t.position(), t.text());
            case LPAREN: {
                Ast inner = expr();
                expect(Token.Kind.RPAREN, "')'");
                return inner;
            }
            case IDENT: {
                switch (t.text()) {
                    case "true": return new Ast.Literal(t.position(), Boolean.TRUE);
                    case "false": return new Ast.Literal(t.position(), Boolean.FALSE);
                    case "null": return new Ast.Literal(t.position(), null);
                    case "and", "or", "not", "in", "contains", "is":
                        throw new ConditionException(t.position(), "unexpected keyword '" + t.text() + "'");
                    default: break;
                }
                if (peek().kind() == Token.Kind.LPAREN) {
                    take();
                    List<Ast> args = new ArrayList<>();
                    if (peek().kind() != Token.Kind.RPAREN) {
                        args.add(expr());
                        while (peek().kind() == Token.Kind.COMMA) {
                            take();
                            args.add(expr());
                        }
                    }
                    expect(Token.Kind.RPAREN, "')' closing " + t.text() + "(...)");
                    return new Ast.Call(t.position(), t.text(), args);
                }
                return new Ast.Name(t.position(), t.text());
            }
            case END:
                throw new ConditionException(t.position(), "condition ends too early");
            default:
                throw new ConditionException(t.position(), "unexpected '" + t.text() + "'");
        }
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token t = tokens.get(next);
        if (t.kind() != Token.Kind.END) next++;
        return t;
    }

    private Token expect(Token.Kind kind, String what) throws ConditionException {
        Token t = peek();
        if (t.kind() != kind) {
            throw new ConditionException(t.position(), "expected " + what + (t.kind() == Token.Kind.END ? " but the condition ends" : " but found '" + t.text() + "'"));
        }
        return take();
    }
}
