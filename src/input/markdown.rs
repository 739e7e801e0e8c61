//! Markdown articles: markup is blanked with spaces rather than removed, so every
//! byte offset into the result is also an offset into the file as written.

/// The text of a Markdown document with heading marks, emphasis, code ticks,
/// block-quote marks, list bullets, images and link targets replaced by spaces.
pub fn blank_markup(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for line in markdown.split_inclusive('\n') {
        out.push_str(&blank_line(line));
    }
    out
}

fn blank_line(line: &str) -> String {
    let mut chars: Vec<char> = line.chars().collect();
    blank_line_start(&mut chars);
    blank_links(&mut chars);
    for c in chars.iter_mut() {
        if matches!(*c, '*' | '`') {
            *c = ' ';
        }
    }
    blank_underscore_emphasis(&mut chars);
    chars.into_iter().collect()
}

/// `# `, `> `, `- `, `* `, `+ ` at the start of a line.
fn blank_line_start(chars: &mut [char]) {
    let mut i = chars.iter().take_while(|c| **c == ' ').count();
    loop {
        match chars.get(i) {
            Some('#') | Some('>') => {
                while matches!(chars.get(i), Some('#') | Some('>')) {
                    chars[i] = ' ';
                    i += 1;
                }
            }
            Some('-') | Some('+') | Some('*') if chars.get(i + 1) == Some(&' ') => chars[i] = ' ',
            _ => return,
        }
        i += chars[i..].iter().take_while(|c| **c == ' ').count();
    }
}

/// `[text](target)` keeps `text`; `![alt](target)` keeps `alt`.
fn blank_links(chars: &mut [char]) {
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '[' {
            i += 1;
            continue;
        }
        let Some(close) = chars[i..].iter().position(|c| *c == ']').map(|p| p + i) else { return };
        if chars.get(close + 1) != Some(&'(') {
            i = close + 1;
            continue;
        }
        let Some(end) = chars[close..].iter().position(|c| *c == ')').map(|p| p + close) else {
            return;
        };
        if i > 0 && chars[i - 1] == '!' {
            chars[i - 1] = ' ';
        }
        chars[i] = ' ';
        for c in &mut chars[close..=end] {
            *c = ' ';
        }
        i = end + 1;
    }
}

/// `_word_` emphasis, but not the underscores inside `snake_case` words.
fn blank_underscore_emphasis(chars: &mut [char]) {
    for i in 0..chars.len() {
        if chars[i] != '_' {
            continue;
        }
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let inside_word = before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric);
        if !inside_word {
            chars[i] = ' ';
        }
    }
}

#[cfg(test)]
mod tests {
    use super::blank_markup;

    #[test]
    fn markup_is_blanked_and_offsets_kept() {
        let md = "# A Title\n\nSome **bold** and [a link](http://x.y/z) in_text _em_.\n> quoted\n- item\n";
        let out = blank_markup(md);
        assert_eq!(out.len(), md.len());
        assert!(out.starts_with("  A Title\n"));
        let words: Vec<&str> = out.split_whitespace().collect();
        assert_eq!(words, ["A", "Title", "Some", "bold", "and", "a", "link", "in_text", "em", ".", "quoted", "item"]);
        assert_eq!(out.find("link"), md.find("link"), "offsets point into the file as written");
        assert!(out.contains("  quoted\n"));
        assert!(out.contains("  item\n"));
    }

    #[test]
    fn non_ascii_text_keeps_its_byte_length() {
        let md = "## Clément’s *model*\n";
        assert_eq!(blank_markup(md).len(), md.len());
    }
}
