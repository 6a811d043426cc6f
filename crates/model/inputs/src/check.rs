//! The two checks every input uses: a number within hard bounds, and a name a
//! person typed. The lowest file of the inputs: it uses nothing of them.

use crate::i18n::Bilingual;

/// Longest scenario name accepted (characters).
pub const MAX_NAME_CHARS: usize = 120;

/// A name a person typed: trimmed, 1–120 characters, no control characters.
/// Markup is allowed and harmless: the UI always shows names as text.
pub fn check_name(name: &str) -> Result<String, Bilingual> {
    let trimmed = name.trim();
    if trimmed.is_empty() {
        return Err(Bilingual::new("名称不能为空", "the name cannot be empty"));
    }
    let chars = trimmed.chars().count();
    if chars > MAX_NAME_CHARS {
        return Err(Bilingual::new(
            format!("名称过长（{chars} 个字符，上限 {MAX_NAME_CHARS}）"),
            format!("the name is too long ({chars} characters, limit {MAX_NAME_CHARS})"),
        ));
    }
    if trimmed.chars().any(char::is_control) {
        return Err(Bilingual::new("名称含有控制字符", "the name contains control characters"));
    }
    Ok(trimmed.to_string())
}

/// `value` is finite and within `min..=max`, or a message naming it (中文, English).
pub(crate) fn check(value: f64, min: f64, max: f64, zh: &str, en: &str) -> Result<(), Bilingual> {
    if value.is_finite() && (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(Bilingual::new(
            format!("{zh}必须在 {min} 到 {max} 之间，实际为 {value}"),
            format!("{en} must be between {min} and {max}, got {value}"),
        ))
    }
}
