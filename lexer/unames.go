package lexer

import "strings"

// lookupUnicodeName resolves the name in a \N{...} escape. Go's standard
// library has no Unicode name database, so this is a deliberately small table
// of the names that turn up in tutorial code; any other name is reported as
// unknown, as CPython would for a misspelt one.
func lookupUnicodeName(name string) (rune, bool) {
	r, ok := unicodeNames[strings.ToUpper(name)]
	if !ok && strings.HasPrefix(strings.ToUpper(name), "LATIN ") {
		// LATIN SMALL/CAPITAL LETTER X
		f := strings.Fields(strings.ToUpper(name))
		if len(f) == 4 && f[2] == "LETTER" && len(f[3]) == 1 && f[3][0] >= 'A' && f[3][0] <= 'Z' {
			switch f[1] {
			case "SMALL":
				return rune(f[3][0] - 'A' + 'a'), true
			case "CAPITAL":
				return rune(f[3][0]), true
			}
		}
	}
	return r, ok
}

var unicodeNames = map[string]rune{
	"NULL": 0, "CHARACTER TABULATION": '\t', "LINE FEED": '\n', "CARRIAGE RETURN": '\r',
	"ESCAPE": 0x1b, "SPACE": ' ', "NO-BREAK SPACE": 0xa0, "EXCLAMATION MARK": '!',
	"QUOTATION MARK": '"', "NUMBER SIGN": '#', "DOLLAR SIGN": '$', "PERCENT SIGN": '%',
	"AMPERSAND": '&', "APOSTROPHE": '\'', "ASTERISK": '*', "PLUS SIGN": '+', "COMMA": ',',
	"HYPHEN-MINUS": '-', "FULL STOP": '.', "SOLIDUS": '/', "COLON": ':', "SEMICOLON": ';',
	"LESS-THAN SIGN": '<', "EQUALS SIGN": '=', "GREATER-THAN SIGN": '>', "QUESTION MARK": '?',
	"COMMERCIAL AT": '@', "REVERSE SOLIDUS": '\\', "LOW LINE": '_', "GRAVE ACCENT": '`',
	"VERTICAL LINE": '|', "TILDE": '~', "DIGIT ZERO": '0', "DIGIT ONE": '1', "DIGIT TWO": '2',
	"DIGIT THREE": '3', "DIGIT FOUR": '4', "DIGIT FIVE": '5', "DIGIT SIX": '6',
	"DIGIT SEVEN": '7', "DIGIT EIGHT": '8', "DIGIT NINE": '9',
	"CENT SIGN": 0xa2, "POUND SIGN": 0xa3, "YEN SIGN": 0xa5, "SECTION SIGN": 0xa7,
	"COPYRIGHT SIGN": 0xa9, "REGISTERED SIGN": 0xae, "DEGREE SIGN": 0xb0, "PLUS-MINUS SIGN": 0xb1,
	"MICRO SIGN": 0xb5, "PILCROW SIGN": 0xb6, "MIDDLE DOT": 0xb7, "MULTIPLICATION SIGN": 0xd7,
	"DIVISION SIGN": 0xf7, "LATIN SMALL LETTER E WITH ACUTE": 0xe9, "LATIN SMALL LETTER SHARP S": 0xdf,
	"GREEK SMALL LETTER ALPHA": 0x3b1, "GREEK SMALL LETTER BETA": 0x3b2, "GREEK SMALL LETTER GAMMA": 0x3b3,
	"GREEK SMALL LETTER DELTA": 0x3b4, "GREEK SMALL LETTER EPSILON": 0x3b5, "GREEK SMALL LETTER THETA": 0x3b8,
	"GREEK SMALL LETTER LAMDA": 0x3bb, "GREEK SMALL LETTER MU": 0x3bc, "GREEK SMALL LETTER PI": 0x3c0,
	"GREEK SMALL LETTER SIGMA": 0x3c3, "GREEK SMALL LETTER TAU": 0x3c4, "GREEK SMALL LETTER PHI": 0x3c6,
	"GREEK SMALL LETTER OMEGA": 0x3c9, "GREEK CAPITAL LETTER DELTA": 0x394, "GREEK CAPITAL LETTER SIGMA": 0x3a3,
	"GREEK CAPITAL LETTER OMEGA": 0x3a9, "GREEK CAPITAL LETTER PI": 0x3a0,
	"EN DASH": 0x2013, "EM DASH": 0x2014, "LEFT SINGLE QUOTATION MARK": 0x2018,
	"RIGHT SINGLE QUOTATION MARK": 0x2019, "LEFT DOUBLE QUOTATION MARK": 0x201c,
	"RIGHT DOUBLE QUOTATION MARK": 0x201d, "BULLET": 0x2022, "HORIZONTAL ELLIPSIS": 0x2026,
	"ZERO WIDTH SPACE": 0x200b, "EURO SIGN": 0x20ac, "TRADE MARK SIGN": 0x2122,
	"LEFTWARDS ARROW": 0x2190, "UPWARDS ARROW": 0x2191, "RIGHTWARDS ARROW": 0x2192, "DOWNWARDS ARROW": 0x2193,
	"INFINITY": 0x221e, "NOT EQUAL TO": 0x2260, "LESS-THAN OR EQUAL TO": 0x2264,
	"GREATER-THAN OR EQUAL TO": 0x2265, "BLACK STAR": 0x2605, "WHITE STAR": 0x2606,
	"SNOWMAN": 0x2603, "CHECK MARK": 0x2713, "HEAVY CHECK MARK": 0x2714, "BALLOT X": 0x2717,
	"HEAVY BLACK HEART": 0x2764, "BLACK HEART SUIT": 0x2665, "WHITE SMILING FACE": 0x263a,
	"GRINNING FACE": 0x1f600, "SMILING FACE WITH SMILING EYES": 0x1f60a, "THUMBS UP SIGN": 0x1f44d,
	"PARTY POPPER": 0x1f389, "ROCKET": 0x1f680, "FIRE": 0x1f525, "SNAKE": 0x1f40d,
	"REPLACEMENT CHARACTER": 0xfffd, "BOX DRAWINGS LIGHT HORIZONTAL": 0x2500,
	"BOX DRAWINGS LIGHT VERTICAL": 0x2502, "FULL BLOCK": 0x2588, "LIGHT SHADE": 0x2591,
}
