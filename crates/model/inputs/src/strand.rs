//! The three strands ("three articles") of the programme.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Strand {
    /// 强城: county towns, sub-centres, new towns, urban capacity.
    Urban,
    /// 兴村: agriculture, village infrastructure, rural industry.
    Rural,
    /// 融合: public services, factor flows, household-registration reform.
    Integration,
}

pub const STRANDS: [Strand; 3] = [Strand::Urban, Strand::Rural, Strand::Integration];

impl Strand {
    pub fn index(self) -> usize {
        match self {
            Strand::Urban => 0,
            Strand::Rural => 1,
            Strand::Integration => 2,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Strand::Urban => "urban",
            Strand::Rural => "rural",
            Strand::Integration => "integration",
        }
    }

    pub fn zh(self) -> &'static str {
        match self {
            Strand::Urban => "强城",
            Strand::Rural => "兴村",
            Strand::Integration => "融合",
        }
    }

    pub fn en(self) -> &'static str {
        match self {
            Strand::Urban => "Urban strengthening",
            Strand::Rural => "Rural revitalization",
            Strand::Integration => "Integration",
        }
    }

    pub fn name(self, lang: crate::i18n::Lang) -> &'static str {
        lang.pick(self.zh(), self.en())
    }

    /// A one-word name for tight places (share rows, card titles).
    pub fn short(self, lang: crate::i18n::Lang) -> &'static str {
        let en = match self {
            Strand::Urban => "Urban",
            Strand::Rural => "Rural",
            Strand::Integration => "Integration",
        };
        lang.pick(self.zh(), en)
    }
}
