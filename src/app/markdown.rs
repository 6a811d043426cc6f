//! The reference's Markdown, rendered: a small subset (headings, paragraphs,
//! lists, tables, code blocks, inline code and emphasis), links shown as
//! their text and repository paths as the file they name. Used by the model
//! reference (modelref.rs) and its parameter table (modelref_params.rs).

use yew::prelude::*;

/// Markdown links `[text](target)` as their text: the reference's links
/// name other repository files, which the app does not serve.
fn unlink(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        match after.find("](").and_then(|m| after[m..].find(')').map(|c| (m, m + c))) {
            Some((mid, close)) if !after[..mid].contains(']') => {
                out.push_str(&rest[..open]);
                out.push_str(&after[..mid]);
                rest = &after[close + 1..];
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Repository paths written as the file they name (`crates/model/inputs/src/params.rs`
/// → `params.rs`, docs/DATA.md → DATA.md): the app shows no repository paths.
fn unpath(text: &str) -> String {
    const DIRS: [&str; 10] = ["src", "docs", "crates", "tests", "scripts", "inputs", "equations", "results", "app", "e2e"];
    let mut out = String::new();
    for (i, token) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let start = token.find(|c: char| !matches!(c, '(' | '`' | '"' | '“')).unwrap_or(token.len());
        let end = token[start..].find(['`', ')', ',', ';', ':', '"', '”']).map_or(token.len(), |e| start + e);
        let core = &token[start..end];
        match core.split_once('/') {
            Some((dir, _)) if DIRS.contains(&dir) => {
                let file = core.trim_end_matches('/').rsplit('/').next().unwrap_or(core);
                out.push_str(&token[..start]);
                out.push_str(file);
                out.push_str(&token[end..]);
            }
            _ => out.push_str(token),
        }
    }
    out
}

/// Inline markup: `code` and **bold**; everything else is text (never HTML).
fn inline(text: &str) -> Html {
    let text = unlink(&unpath(text));
    let text = text.as_str();
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let code = rest.find('`');
        let bold = rest.find("**");
        match (code, bold) {
            (Some(c), b) if b.is_none_or(|b| c < b) => {
                out.push(html! { { rest[..c].to_string() } });
                let after = &rest[c + 1..];
                let end = after.find('`').unwrap_or(after.len());
                out.push(html! { <code>{ after[..end].to_string() }</code> });
                rest = after.get(end + 1..).unwrap_or("");
            }
            (_, Some(b)) => {
                out.push(html! { { rest[..b].to_string() } });
                let after = &rest[b + 2..];
                let end = after.find("**").unwrap_or(after.len());
                out.push(html! { <strong>{ after[..end].to_string() }</strong> });
                rest = after.get(end + 2..).unwrap_or("");
            }
            _ => {
                out.push(html! { { rest.to_string() } });
                rest = "";
            }
        }
    }
    out.into_iter().collect::<Html>()
}

/// Join wrapped source lines: a space between Latin words, none next to
/// Chinese (where a space would show as a gap).
fn join(acc: &mut String, next: &str) {
    let wide = |c: Option<char>| c.is_some_and(|c| !c.is_ascii());
    if !acc.is_empty() && !wide(acc.chars().last()) && !wide(next.chars().next()) {
        acc.push(' ');
    }
    acc.push_str(next);
}

fn cells(line: &str) -> Vec<&str> {
    line.trim().trim_matches('|').split('|').map(str::trim).collect()
}

pub fn render(md: &str) -> Html {
    let lines: Vec<&str> = md.lines().collect();
    let mut blocks = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.trim().is_empty() || line.trim_start().starts_with("<!--") {
            i += 1;
        } else if let Some(h) = line.strip_prefix("## ") {
            blocks.push(html! { <h3>{ inline(h) }</h3> });
            i += 1;
        } else if let Some(h) = line.strip_prefix("# ") {
            blocks.push(html! { <h2>{ inline(h) }</h2> });
            i += 1;
        } else if line.starts_with("    ") || line.starts_with("```") {
            let fenced = line.starts_with("```");
            let mut body = Vec::new();
            i += usize::from(fenced);
            while i < lines.len() {
                let l = lines[i];
                if fenced && l.starts_with("```") {
                    i += 1;
                    break;
                }
                if !(fenced || l.starts_with("    ") || l.trim().is_empty()) {
                    break;
                }
                body.push(if fenced { l } else { l.get(4..).unwrap_or("") });
                i += 1;
            }
            blocks.push(html! { <pre>{ body.join("\n").trim_end().to_string() }</pre> });
        } else if line.starts_with('|') {
            let header = cells(line);
            let mut rows = Vec::new();
            i += 2; // header and separator
            while i < lines.len() && lines[i].starts_with('|') {
                rows.push(cells(lines[i]));
                i += 1;
            }
            blocks.push(html! {
                <div class="table-wrap"><table>
                    <thead><tr>{ for header.iter().map(|c| html! { <th>{ inline(c) }</th> }) }</tr></thead>
                    <tbody>{ for rows.iter().map(|r| html! { <tr>{ for r.iter().map(|c| html! { <td>{ inline(c) }</td> }) }</tr> }) }</tbody>
                </table></div>
            });
        } else if line.starts_with("- ") {
            let mut items = Vec::new();
            while i < lines.len() && (lines[i].starts_with("- ") || lines[i].starts_with("  ")) {
                if let Some(item) = lines[i].strip_prefix("- ") {
                    items.push(item.to_string());
                } else if let Some(last) = items.last_mut() {
                    join(last, lines[i].trim());
                }
                i += 1;
            }
            blocks.push(html! { <ul>{ for items.iter().map(|t| html! { <li>{ inline(t) }</li> }) }</ul> });
        } else {
            let mut para = String::new();
            while i < lines.len()
                && !lines[i].trim().is_empty()
                && !lines[i].starts_with(['#', '|', '-'])
                && !lines[i].starts_with("    ")
            {
                join(&mut para, lines[i].trim());
                i += 1;
            }
            if para.is_empty() {
                i += 1;
                continue;
            }
            blocks.push(html! { <p>{ inline(&para) }</p> });
        }
    }
    blocks.into_iter().collect::<Html>()
}
