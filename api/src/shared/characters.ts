// Characters that have no place in text people read and that can deceive them: C0 and C1 control
// characters (ESC starts terminal escape sequences, BEL rings), and the bidirectional embeddings,
// overrides and isolates that make "txt.exe" read as "exe.txt". Tab, line feed and carriage return
// are ordinary in multi-line text and allowed there.

/** Control and bidirectional-formatting characters, tab and line breaks excepted. */
export const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The same for one-line values (names, identifiers): no tab or line break either, Unicode's own included. */
export const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
