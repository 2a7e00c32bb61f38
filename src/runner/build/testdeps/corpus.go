// Part of the Go Mastery runner's testdeps (gomastery.invalid/testdeps): the
// seed corpus reader that testing/internal/testdeps gets from internal/fuzz,
// without go/parser. internal/fuzz parses each line of a "go test fuzz v1"
// file with go/parser, which would put go/ast, go/parser, go/scanner and
// go/token into every test binary; the lines are tiny expressions such as
// int(-3) or []byte("x"), so a small scanner reads them here, with the same
// checks, the same values and the same error messages. Only the wording of
// syntax errors (lines that are not Go at all) differs from go/parser's.
// scripts/build-toolchain.mjs compiles this file together with the generated
// testdeps.go.

package testdeps

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

const encVersion1 = "go test fuzz v1"

// readCorpus is internal/fuzz.ReadCorpus: every file in dir is one seed
// input; malformed files are reported together after the good ones are read.
func readCorpus(dir string, types []reflect.Type) ([]corpusEntry, error) {
	files, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil // No corpus to read
	} else if err != nil {
		return nil, fmt.Errorf("reading seed corpus from testdata: %v", err)
	}
	var corpus []corpusEntry
	var errs []string
	for _, file := range files {
		if file.IsDir() {
			continue
		}
		filename := filepath.Join(dir, file.Name())
		data, err := os.ReadFile(filename)
		if err != nil {
			return nil, fmt.Errorf("failed to read corpus file: %v", err)
		}
		vals, err := readCorpusData(data, types)
		if err != nil {
			errs = append(errs, fmt.Sprintf("%q: %v", filename, err))
			continue
		}
		corpus = append(corpus, corpusEntry{Path: filename, Values: vals})
	}
	if len(errs) > 0 {
		return corpus, malformedCorpusError(strings.Join(errs, "\n"))
	}
	return corpus, nil
}

// malformedCorpusError is internal/fuzz.MalformedCorpusError's message.
type malformedCorpusError string

func (e malformedCorpusError) Error() string { return string(e) }

func readCorpusData(data []byte, types []reflect.Type) ([]any, error) {
	vals, err := unmarshalCorpusFile(data)
	if err != nil {
		return nil, fmt.Errorf("unmarshal: %v", err)
	}
	if err = checkCorpus(vals, types); err != nil {
		return nil, err
	}
	return vals, nil
}

// checkCorpus is internal/fuzz.CheckCorpus.
func checkCorpus(vals []any, types []reflect.Type) error {
	if len(vals) != len(types) {
		return fmt.Errorf("wrong number of values in corpus entry: %d, want %d", len(vals), len(types))
	}
	valsT := make([]reflect.Type, len(vals))
	for i, v := range vals {
		valsT[i] = reflect.TypeOf(v)
	}
	for i := range types {
		if valsT[i] != types[i] {
			return fmt.Errorf("mismatched types in corpus entry: %v, want %v", valsT, types)
		}
	}
	return nil
}

func unmarshalCorpusFile(b []byte) ([]any, error) {
	if len(b) == 0 {
		return nil, fmt.Errorf("cannot unmarshal empty string")
	}
	lines := strings.Split(string(b), "\n")
	if len(lines) < 2 {
		return nil, fmt.Errorf("must include version and at least one value")
	}
	version := strings.TrimSuffix(lines[0], "\r")
	if version != encVersion1 {
		return nil, fmt.Errorf("unknown encoding version: %s", version)
	}
	var vals []any
	for _, line := range lines[1:] {
		line = strings.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		v, err := parseCorpusValue(line)
		if err != nil {
			return nil, fmt.Errorf("malformed line %q: %v", line, err)
		}
		vals = append(vals, v)
	}
	return vals, nil
}

// Token kinds, named after go/token's.
const (
	tEOF = iota
	tIdent
	tInt
	tFloat
	tImag
	tChar
	tString
	tOp
)

type token struct {
	kind int
	text string
	pos  int // byte offset, for (test):1:col messages
}

// scan splits a corpus line into Go tokens (identifiers, literals, operators).
func scan(line string) ([]token, error) {
	var toks []token
	syntax := func(at int, msg string) error { return fmt.Errorf("(test):1:%d: %s", at+1, msg) }
	for i, r := range line {
		if r == utf8.RuneError && !strings.HasPrefix(line[i:], "\uFFFD") {
			return nil, syntax(i, "illegal UTF-8 encoding")
		}
		if r == 0 {
			return nil, syntax(i, "illegal character NUL")
		}
	}
	for i := 0; i < len(line); {
		c := line[i]
		r, size := utf8.DecodeRuneInString(line[i:])
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			i++
		case r == '_' || unicode.IsLetter(r):
			j := i + size
			for j < len(line) {
				r, n := utf8.DecodeRuneInString(line[j:])
				if r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
					break
				}
				j += n
			}
			toks = append(toks, token{tIdent, line[i:j], i})
			i = j
		case '0' <= c && c <= '9' || c == '.' && i+1 < len(line) && '0' <= line[i+1] && line[i+1] <= '9':
			j, kind := scanNumber(line, i)
			toks = append(toks, token{kind, line[i:j], i})
			i = j
		case c == '"' || c == '\'':
			j := i + 1
			for j < len(line) && line[j] != c {
				if line[j] == '\\' {
					if err := escape(line, j+1, c); err != nil {
						return nil, err
					}
					j++
				}
				j++
			}
			if j >= len(line) {
				if c == '"' {
					return nil, syntax(i, "string literal not terminated")
				}
				return nil, syntax(i, "rune literal not terminated")
			}
			kind := tString
			if c == '\'' {
				kind = tChar
				// Like go/scanner: exactly one character between the quotes.
				body := line[i+1 : j]
				if body == "" {
					return nil, syntax(i, "empty rune literal or unescaped ' in rune literal")
				}
				if _, _, tail, err := strconv.UnquoteChar(body, '\''); err != nil || tail != "" {
					return nil, syntax(i, "illegal rune literal")
				}
			}
			toks = append(toks, token{kind, line[i : j+1], i})
			i = j + 1
		case c == '`':
			j := strings.IndexByte(line[i+1:], '`')
			if j < 0 {
				return nil, syntax(i, "raw string literal not terminated")
			}
			toks = append(toks, token{tString, line[i : i+j+2], i})
			i += j + 2
		case strings.IndexByte("()[].,+-*/%&|^!<>=:;{}~", c) >= 0:
			toks = append(toks, token{tOp, line[i : i+1], i})
			i++
		default:
			return nil, syntax(i, fmt.Sprintf("invalid character %#U", r))
		}
	}
	return append(toks, token{tEOF, "", len(line)}), nil
}

// escape checks the escape sequence whose first character is at line[i], as go/scanner does.
func escape(line string, i int, quote byte) error {
	syntax := func(at int, msg string) error { return fmt.Errorf("(test):1:%d: %s", at+1, msg) }
	if i >= len(line) {
		return nil // reported as an unterminated literal
	}
	digits, base := 0, 0
	switch c := line[i]; {
	case strings.IndexByte("abfnrtv\\", c) >= 0 || c == quote:
		return nil
	case '0' <= c && c <= '7':
		digits, base = 3, 8
		i--
	case c == 'x':
		digits, base = 2, 16
	case c == 'u':
		digits, base = 4, 16
	case c == 'U':
		digits, base = 8, 16
	default:
		return syntax(i, "unknown escape sequence")
	}
	for k := 1; k <= digits; k++ {
		if i+k >= len(line) {
			return nil
		}
		d := line[i+k]
		if _, err := strconv.ParseUint(string(d), base, 8); err != nil {
			r, _ := utf8.DecodeRuneInString(line[i+k:])
			return syntax(i+k, fmt.Sprintf("illegal character %#U in escape sequence", r))
		}
	}
	return nil
}

// scanNumber reads a Go number literal starting at i and says what kind it is.
func scanNumber(s string, i int) (int, int) {
	j := i
	kind := tInt
	hex := strings.HasPrefix(s[i:], "0x") || strings.HasPrefix(s[i:], "0X")
	if hex || strings.HasPrefix(s[i:], "0b") || strings.HasPrefix(s[i:], "0B") ||
		strings.HasPrefix(s[i:], "0o") || strings.HasPrefix(s[i:], "0O") {
		j += 2
	}
	for j < len(s) {
		c := s[j]
		switch {
		case '0' <= c && c <= '9' || c == '_' || hex && strings.IndexByte("abcdefABCDEF", c) >= 0:
			j++
		case c == '.':
			kind = tFloat
			j++
		case !hex && (c == 'e' || c == 'E') || hex && (c == 'p' || c == 'P'):
			kind = tFloat
			j++
			if j < len(s) && (s[j] == '+' || s[j] == '-') {
				j++
			}
		default:
			if c == 'i' {
				return j + 1, tImag
			}
			return j, kind
		}
	}
	return j, kind
}

// node is the part of go/ast the corpus format looks at.
type node struct {
	kind string // "ident", "lit", "paren", "unary", "star", "binary", "call", "selector", "index", "array"
	tok  token  // ident or literal; operator of unary and binary
	x    *node  // operand (unary, star, paren), function (call), left side (binary, selector, index), element (array)
	len  *node  // array length (nil for a slice type)
	sel  token  // selector name
	args []*node
}

// parser reads one Go expression from tokens, like go/parser.ParseExprFrom
// for the expressions a corpus line can hold; anything more exotic is a
// syntax error.
type parser struct {
	toks []token
	i    int
}

func (p *parser) peek() token { return p.toks[p.i] }
func (p *parser) next() token { t := p.toks[p.i]; p.i++; return t }
func (p *parser) is(text string) bool {
	t := p.peek()
	return t.kind == tOp && t.text == text
}

func (p *parser) errorf(format string, args ...any) error {
	return fmt.Errorf("(test):1:%d: %s", p.peek().pos+1, fmt.Sprintf(format, args...))
}

func (p *parser) expect(text string) error {
	if !p.is(text) {
		found := p.peek().text
		if p.peek().kind == tEOF {
			found = "EOF"
		}
		return p.errorf("expected '%s', found '%s'", text, found)
	}
	p.i++
	return nil
}

var binaryOps = map[string]bool{"+": true, "-": true, "*": true, "/": true, "%": true, "&": true, "|": true, "^": true, "<": true, ">": true}

func (p *parser) expr() (*node, error) {
	x, err := p.unary()
	if err != nil {
		return nil, err
	}
	for p.peek().kind == tOp && binaryOps[p.peek().text] {
		op := p.next()
		y, err := p.unary()
		if err != nil {
			return nil, err
		}
		x = &node{kind: "binary", tok: op, x: x, args: []*node{y}}
	}
	return x, nil
}

func (p *parser) unary() (*node, error) {
	if t := p.peek(); t.kind == tOp && strings.Contains("+-!^&*~", t.text) {
		p.i++
		x, err := p.unary()
		if err != nil {
			return nil, err
		}
		if t.text == "*" {
			return &node{kind: "star", x: x}, nil
		}
		return &node{kind: "unary", tok: t, x: x}, nil
	}
	return p.primary()
}

func (p *parser) primary() (*node, error) {
	x, err := p.primaryOperand()
	if err != nil {
		return nil, err
	}
	return p.suffixes(x)
}

// primaryOperand reads an identifier, a literal, a parenthesized expression or an array type.
func (p *parser) primaryOperand() (*node, error) {
	var x *node
	t := p.peek()
	switch {
	case t.kind == tIdent:
		p.i++
		x = &node{kind: "ident", tok: t}
	case t.kind >= tInt && t.kind <= tString:
		p.i++
		x = &node{kind: "lit", tok: t}
	case p.is("("):
		p.i++
		inner, err := p.expr()
		if err != nil {
			return nil, err
		}
		if err := p.expect(")"); err != nil {
			return nil, err
		}
		x = &node{kind: "paren", x: inner}
	case p.is("["):
		p.i++
		arr := &node{kind: "array"}
		if !p.is("]") {
			n, err := p.expr()
			if err != nil {
				return nil, err
			}
			arr.len = n
		}
		if err := p.expect("]"); err != nil {
			return nil, err
		}
		elt, err := p.elemType()
		if err != nil {
			return nil, err
		}
		arr.x = elt
		x = arr
	default:
		return nil, p.errorf("expected operand")
	}
	return x, nil
}

// suffixes reads the selectors, calls and index expressions after an operand.
func (p *parser) suffixes(x *node) (*node, error) {
	for {
		switch {
		case p.is("."):
			p.i++
			if p.peek().kind != tIdent {
				return nil, p.errorf("expected selector or type assertion")
			}
			x = &node{kind: "selector", x: x, sel: p.next()}
		case p.is("("):
			p.i++
			call := &node{kind: "call", x: x}
			for !p.is(")") {
				arg, err := p.expr()
				if err != nil {
					return nil, err
				}
				call.args = append(call.args, arg)
				if p.is(")") {
					break
				}
				if !p.is(",") {
					if p.peek().kind == tEOF {
						return nil, p.errorf("missing ',' before newline in argument list")
					}
					return nil, p.errorf("missing ',' in argument list")
				}
				p.i++
			}
			if err := p.expect(")"); err != nil {
				return nil, err
			}
			x = call
		case p.is("["):
			p.i++
			index, err := p.expr()
			if err != nil {
				return nil, err
			}
			if err := p.expect("]"); err != nil {
				return nil, err
			}
			x = &node{kind: "index", x: x, args: []*node{index}}
		default:
			return x, nil
		}
	}
}

// elemType reads the element type of an array or slice type: a (qualified)
// type name or another array type, never a call.
func (p *parser) elemType() (*node, error) {
	if p.is("[") {
		return p.primaryOperand()
	}
	t := p.peek()
	if t.kind != tIdent {
		return nil, p.errorf("expected type")
	}
	p.i++
	x := &node{kind: "ident", tok: t}
	if p.is(".") {
		p.i++
		if p.peek().kind != tIdent {
			return nil, p.errorf("expected type")
		}
		x = &node{kind: "selector", x: x, sel: p.next()}
	}
	return x, nil
}

// parseExpr is go/parser.ParseExprFrom for one line.
func parseExpr(line string) (*node, error) {
	toks, err := scan(line)
	if err != nil {
		return nil, err
	}
	p := &parser{toks: toks}
	x, err := p.expr()
	if err != nil {
		return nil, err
	}
	if p.peek().kind != tEOF {
		return nil, p.errorf("expected 'EOF', found '%s'", p.peek().text)
	}
	return x, nil
}

// parseCorpusValue is internal/fuzz's function of the same name, on tokens
// instead of an AST.
func parseCorpusValue(line string) (any, error) {
	call, err := parseExpr(line)
	if err != nil {
		return nil, err
	}
	if call.kind != "call" {
		return nil, fmt.Errorf("expected call expression")
	}
	if len(call.args) != 1 {
		return nil, fmt.Errorf("expected call expression with 1 argument; got %d", len(call.args))
	}
	arg := call.args[0]

	if fun := call.x; fun.kind == "array" {
		if fun.len != nil {
			return nil, fmt.Errorf("expected []byte or primitive type")
		}
		if fun.x.kind != "ident" || fun.x.tok.text != "byte" {
			return nil, fmt.Errorf("expected []byte")
		}
		if arg.kind != "lit" || arg.tok.kind != tString {
			return nil, fmt.Errorf("string literal required for type []byte")
		}
		s, err := strconv.Unquote(arg.tok.text)
		if err != nil {
			return nil, err
		}
		return []byte(s), nil
	}

	var typ string
	if fun := call.x; fun.kind == "selector" {
		if fun.x.kind != "ident" || fun.x.tok.text != "math" {
			return nil, fmt.Errorf("invalid selector type")
		}
		switch fun.sel.text {
		case "Float64frombits":
			typ = "float64-bits"
		case "Float32frombits":
			typ = "float32-bits"
		default:
			return nil, fmt.Errorf("invalid selector type")
		}
	} else {
		if fun.kind != "ident" {
			return nil, fmt.Errorf("expected []byte or primitive type")
		}
		typ = fun.tok.text
		if typ == "bool" {
			if arg.kind != "ident" {
				return nil, fmt.Errorf("malformed bool")
			}
			switch arg.tok.text {
			case "true":
				return true, nil
			case "false":
				return false, nil
			}
			return nil, fmt.Errorf("true or false required for type bool")
		}
	}

	var (
		val  string
		kind int
	)
	switch arg.kind {
	case "unary":
		switch x := arg.x; x.kind {
		case "lit":
			if arg.tok.text != "-" {
				return nil, fmt.Errorf("unsupported operation on int/float: %v", arg.tok.text)
			}
			val, kind = "-"+x.tok.text, x.tok.kind
		case "ident":
			if x.tok.text != "Inf" {
				return nil, fmt.Errorf("expected operation on int or float type")
			}
			if arg.tok.text == "-" {
				val = "-Inf"
			} else {
				val = "+Inf"
			}
			kind = tFloat
		default:
			return nil, fmt.Errorf("expected operation on int or float type")
		}
	case "lit":
		val, kind = arg.tok.text, arg.tok.kind
	case "ident":
		if arg.tok.text != "NaN" {
			return nil, fmt.Errorf("literal value required for primitive type")
		}
		val, kind = "NaN", tFloat
	default:
		return nil, fmt.Errorf("literal value required for primitive type")
	}

	switch typ {
	case "string":
		if kind != tString {
			return nil, fmt.Errorf("string literal value required for type string")
		}
		return strconv.Unquote(val)
	case "byte", "rune":
		if kind == tInt {
			if typ == "rune" {
				return parseInt(val, typ)
			}
			return parseUint(val, typ)
		}
		if kind != tChar {
			return nil, fmt.Errorf("character literal required for byte/rune types")
		}
		n := len(val)
		if n < 2 {
			return nil, fmt.Errorf("malformed character literal, missing single quotes")
		}
		code, _, _, err := strconv.UnquoteChar(val[1:n-1], '\'')
		if err != nil {
			return nil, err
		}
		if typ == "rune" {
			return code, nil
		}
		if code >= 256 {
			return nil, fmt.Errorf("can only encode single byte to a byte type")
		}
		return byte(code), nil
	case "int", "int8", "int16", "int32", "int64":
		if kind != tInt {
			return nil, fmt.Errorf("integer literal required for int types")
		}
		return parseInt(val, typ)
	case "uint", "uint8", "uint16", "uint32", "uint64":
		if kind != tInt {
			return nil, fmt.Errorf("integer literal required for uint types")
		}
		return parseUint(val, typ)
	case "float32":
		if kind != tFloat && kind != tInt {
			return nil, fmt.Errorf("float or integer literal required for float32 type")
		}
		v, err := strconv.ParseFloat(val, 32)
		return float32(v), err
	case "float64":
		if kind != tFloat && kind != tInt {
			return nil, fmt.Errorf("float or integer literal required for float64 type")
		}
		return strconv.ParseFloat(val, 64)
	case "float32-bits":
		if kind != tInt {
			return nil, fmt.Errorf("integer literal required for math.Float32frombits type")
		}
		bits, err := parseUint(val, "uint32")
		if err != nil {
			return nil, err
		}
		return math.Float32frombits(bits.(uint32)), nil
	case "float64-bits":
		if kind != tFloat && kind != tInt {
			return nil, fmt.Errorf("integer literal required for math.Float64frombits type")
		}
		bits, err := parseUint(val, "uint64")
		if err != nil {
			return nil, err
		}
		return math.Float64frombits(bits.(uint64)), nil
	default:
		return nil, fmt.Errorf("expected []byte or primitive type")
	}
}

func parseInt(val, typ string) (any, error) {
	switch typ {
	case "int":
		i, err := strconv.ParseInt(val, 0, 64)
		return int(i), err
	case "int8":
		i, err := strconv.ParseInt(val, 0, 8)
		return int8(i), err
	case "int16":
		i, err := strconv.ParseInt(val, 0, 16)
		return int16(i), err
	case "int32", "rune":
		i, err := strconv.ParseInt(val, 0, 32)
		return int32(i), err
	default: // int64
		return strconv.ParseInt(val, 0, 64)
	}
}

func parseUint(val, typ string) (any, error) {
	switch typ {
	case "uint":
		i, err := strconv.ParseUint(val, 0, 64)
		return uint(i), err
	case "uint8", "byte":
		i, err := strconv.ParseUint(val, 0, 8)
		return uint8(i), err
	case "uint16":
		i, err := strconv.ParseUint(val, 0, 16)
		return uint16(i), err
	case "uint32":
		i, err := strconv.ParseUint(val, 0, 32)
		return uint32(i), err
	default: // uint64
		return strconv.ParseUint(val, 0, 64)
	}
}
