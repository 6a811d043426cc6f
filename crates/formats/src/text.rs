//! Every fixed string of the UI, in both languages, declared once: the
//! `texts!` table below generates the key enum `T`, the list `T::ALL` and
//! `T::get`. A key without both languages does not compile, and a test
//! checks that none is empty. Adding a string is one line in the table.

use urs_model::i18n::{Bilingual, Lang};

macro_rules! texts {
    ($($key:ident => ($zh:expr, $en:expr $(,)?)),* $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum T {
            $($key,)*
        }

        impl T {
            /// Every key, in table order.
            pub const ALL: &'static [T] = &[$(T::$key,)*];

            pub fn get(self, lang: Lang) -> &'static str {
                let (zh, en): (&'static str, &'static str) = match self {
                    $(T::$key => ($zh, $en),)*
                };
                lang.pick(zh, en)
            }
        }
    };
}

texts! {
    Title => ("城乡融合情景模拟器", "Urban–Rural Integration Scenario Simulator"),
    Subtitle => (
        "{}：强城 · 兴村 · 融合 重大项目投资完成率",
        "{}: investment completion of the urban, rural and integration projects",
    ),
    LanguageToggle => ("English", "中文"),
    LanguageToggleLabel => ("切换到英文", "Switch to Chinese"),
    LeversHeading => ("政策杠杆", "Levers"),
    ResetAll => ("全部恢复基准", "Reset all to baseline"),
    Reset => ("恢复", "Reset"),
    Lock => ("锁定", "Lock"),
    Unlock => ("解锁", "Unlock"),
    BaselineMark => ("基准", "baseline"),
    VsBaseline => ("较基准", "vs baseline"),
    Scenario => ("当前情景", "scenario"),
    Baseline => ("基准", "baseline"),
    Plan100 => ("计划 100 %", "plan 100 %"),
    Reported => ("报告期", "reported"),
    MonthSuffix => ("月", ""),
    NotANumber => ("“{}”不是数字：请输入数字", "“{}” is not a number: Enter a number"),
    OutsidePlausible => ("超出合理范围，请核实", "outside the plausible range: check it"),
    ModelVersion => ("模型版本", "Model version"),
    MoneyLimited => ("受资金限制", "limited by money"),
    SharesSum => ("三项合计始终为 100 %", "The three shares always add up to 100 %"),
    PercentPoints => ("个百分点", "pp"),
    ChartCompletion => ("逐月累计投资完成率", "Cumulative investment completion, month by month"),
    ChartIncomeRatio => ("城乡居民收入比", "Urban–rural income ratio"),
    ChartStandards => ("基本公共服务标准：已消除差异的项数", "Basic public service standards with no gap"),
    ChartUrbanization => ("城镇化率：常住与户籍", "Urbanization: resident and registered"),
    ChartCityGap => ("设区市居民收入最高最低倍差", "Highest ÷ lowest city income"),
    ChartMountain => ("山区海岛县收入相对全省", "Mountain and island counties' income relative to the province"),
    ChartCities => ("11 个设区市的城乡收入比", "Urban–rural income ratio in the 11 cities"),
    SeriesPublished => ("公布值", "published"),
    AllStandards => ("全部", "all"),
    StandardsUnit => (" 项", ""),
    Target => ("目标", "target"),
    YearEnd => ("年末", "year-end"),
    CompletionNote => (
        "实线：当前情景；虚线：基准。报告期之前为按典型进度分摊的实际完成。",
        "Solid: this scenario; dashed: baseline. Before the reporting date: reported completion spread along the typical pace.",
    ),
    RegisteredNote => (
        "户籍人口城镇化率未找到公开数据，起点 52 % 为假设，可在“假设”中修改。",
        "No published registered (hukou) urbanization rate was found: the 52 % start is an assumption, editable under Assumptions.",
    ),
    CityGapNote => (
        "2021 年公布 1.61；2022–2025 年按假设的收敛速度推算，无公布的全年值。",
        "1.61 published for 2021; 2022–2025 carried at the assumed closing rate: no published annual values.",
    ),
    MountainNote => (
        "2024 年起点 73 % 为假设（未找到公布值）。",
        "The 2024 start, 73 %, is an assumption (no published value found).",
    ),
    Year => ("年份", "Year"),
    Layout => ("图表布局", "Chart layout"),
    ChartSlot => ("图表", "Chart"),
    StandardsClosed => ("无差异标准（城乡 / 户籍）", "Standards with no gap (urban–rural / hukou)"),
    TargetMet => ("达成目标", "target met"),
    TargetMissed => ("未达目标", "target missed"),
    TabLevers => ("政策杠杆", "Levers"),
    TabAssumptions => ("假设与数据", "Assumptions"),
    TabModel => ("模型说明", "Model reference"),
    TabCities => ("设区市", "Cities"),
    Measured => ("实测", "measured"),
    Filled => ("估算", "estimate"),
    Range => ("合理范围", "plausible range"),
    City => ("城市", "City"),
    Population => ("常住人口（万）", "Population (m)"),
    CityUrbanization => ("城镇化率", "Urbanization"),
    RatioPublished => ("公布的收入比（年份）", "Published ratio (year)"),
    RatioProjected => ("收入比预测", "Projected ratio"),
    AssumptionsIntro => (
        "模型所用的每个数：来源标签、合理范围，均可修改；修改后基准也随之改变。",
        "Every number the model uses, with its source label and plausible range; all editable. Editing one moves the baseline too.",
    ),
    Undo => ("撤销", "Undo"),
    Redo => ("重做", "Redo"),
    UndoHint => ("撤销（Ctrl+Z / ⌘Z）", "Undo (Ctrl+Z / ⌘Z)"),
    RedoHint => ("重做（Ctrl+Shift+Z / ⌘⇧Z）", "Redo (Ctrl+Shift+Z / ⌘⇧Z)"),
    ShareLink => ("复制分享链接", "Copy share link"),
    WorkFailed => ("计算未能完成：计算模块未能加载（网络中断？），请稍后再试。", "Could not compute: the computing module did not load (is the network off?); try again later."),
    LinkCopied => ("分享链接已复制到剪贴板，也已在地址栏中。", "The share link is copied to the clipboard, and is in the address bar."),
    LinkInAddressBar => (
        "剪贴板不可用：分享链接就在地址栏中，请直接复制。",
        "No clipboard access: the share link is in the address bar, copy it from there.",
    ),
    QrCode => ("二维码", "QR code"),
    QrHint => ("用手机扫码，打开当前情景", "Scan with a phone to open this scenario"),
    LinkYearOutside => (
        "链接中的年份 {} 不在预测期（{}）内，显示第一年。",
        "The link's year {} is outside the projection ({}); showing the first year."
    ),
    QrThisComputer => (
        "注意：此地址只在本机有效，会场的手机扫码后无法打开。请在会场网络上提供本应用（bash scripts/serve.sh --room），或使用托管的网址。",
        "Note: this address works on this computer only; phones in the room cannot open it. Serve the app to the room's network (bash scripts/serve.sh --room) or use a hosted address."
    ),
    QrThisFile => (
        "注意：本页面是从文件打开的，手机无法打开这个链接。请把本应用放到网页服务器上，再分享其网址。",
        "Note: this page was opened from a file; phones cannot open this link. Put the app on a web server and share its address."
    ),
    QrLabel => ("当前情景分享链接的二维码", "QR code of this scenario's share link"),
    QrTooLong => (
        "链接太长，无法生成二维码：请复制分享链接。",
        "The link is too long for a QR code: copy the share link instead.",
    ),
    Close => ("关闭", "Close"),
    UpdateReload => ("已更新，重新加载", "Updated — reload"),
    UpdateHint => (
        "新版本已下载，重新加载即可使用（当前情景在链接中，不会丢失）。",
        "A new version is downloaded: reload to use it (the scenario is in the link, nothing is lost).",
    ),
    TabLibrary => ("情景库", "Library"),
    SaveAs => ("保存当前情景为", "Save the current scenario as"),
    Save => ("保存", "Save"),
    Open => ("打开", "Open"),
    Rename => ("重命名", "Rename"),
    Duplicate => ("复制", "Duplicate"),
    Delete => ("删除", "Delete"),
    ConfirmDelete => ("确认删除", "Confirm delete"),
    Compare => ("比较", "Compare"),
    CompareHint => (
        "勾选 2–4 个情景（含基准、当前情景），图表将叠加显示。",
        "Tick 2–4 scenarios (baseline and current included): the charts overlay them.",
    ),
    EmptyLibrary => (
        "情景库为空：保存当前情景，或导入情景库文件。",
        "The library is empty: save the current scenario, or import a library file.",
    ),
    Damaged => ("已损坏的条目（未加载，其他条目不受影响）", "Damaged entries (not loaded; the others are fine)"),
    ExportLibrary => ("导出情景库", "Export library"),
    Import => ("导入文件", "Import file"),
    ImportHint => ("情景文件（.json）或情景库文件", "A scenario file (.json) or a library file"),
    ExportScenario => ("导出情景 JSON", "Export scenario JSON"),
    ExportCsv => ("导出结果 CSV", "Export results CSV"),
    Print => ("打印", "Print"),
    Png => ("下载 PNG", "Download PNG"),
    Svg => ("下载 SVG（矢量图）", "Download SVG (vector)"),
    HandoutMeta => ("{} · {} 年 · 打印于 {}", "{} · {} · printed {}"),
    ChangedSettings => ("改动的设置", "Changed settings"),
    NoSettingChanged => ("与基准相同：没有改动任何设置", "As the baseline: no setting changed"),
    Setting => ("设置", "Setting"),
    ScenarioColumn => ("本情景", "This scenario"),
    PrintDeck => ("打印演示稿…", "Print a deck…"),
    PrintDeckLabel => ("选择要打印的演示稿（每张幻灯片一页）", "Choose a deck to print (one slide per page)"),
    StampLine => ("程序 {} · 模型 {} · 数据 {} · {}", "App {} · model {} · data {} · {}"),
    CompareTable => ("情景比较", "Scenario comparison"),
    DiffLevers => ("不同的杠杆与假设", "Levers and assumptions that differ"),
    DiffOutcomes => ("结果", "Outcomes"),
    NoDifferences => ("所比较的情景设置相同。", "The compared scenarios have the same settings."),
    SavedAt => ("保存于", "saved"),
    Dismiss => ("关闭", "Dismiss"),
    FileTooLarge => ("文件过大（上限 10 MB），未读取。", "The file is too large (limit 10 MB); it was not read."),
    FileUnreadable => ("无法读取该文件。", "The file could not be read."),
    ScenarioLoaded => ("已载入情景", "Scenario loaded"),
    Current => ("当前情景", "Current"),
    ProvinceTargets => ("全省目标", "Province targets"),
    SameScale => ("各图纵轴相同，城乡收入比", "Every panel on the same scale, income ratio"),
    NegativeEntry => ("{}不能为负数（输入 {} {}）", "{} cannot be negative (entered {} {})"),
    ShareOutOfRange => ("份额必须在 0–100 % 之间，输入为 {}", "a share must be between 0 and 100 %, got {}"),
    AmountOutOfRange => (
        "金额必须在 0 与本项资金合计 {} {} 之间，输入为 {}",
        "an amount must be between 0 and the pot's {} {}, got {}",
    ),
    StorageFull => (
        "浏览器存储已满或不可用：此情景未保存。请导出情景库备份，再删除不需要的情景。",
        "Browser storage is full or unavailable: this scenario was not saved. Export the library as a backup, then delete scenarios you no longer need.",
    ),
    IdNotKey => ("编号与存储键不符", "its id does not match its key"),
    NotInLibrary => ("情景库中没有这个情景（可能已在其他窗口删除）", "that scenario is not in the library (deleted in another window?)"),
    ImportStopped => ("已导入 {} / {} 个情景后停止。{}", "Stopped after importing {} of {} scenarios. {}"),
    Imported => ("已导入 {} 个情景", "Imported {} scenarios"),
    SavedAs => ("已保存：{}", "Saved: {}"),
    CompareLimit => ("最多同时比较 {} 个情景", "at most {} scenarios can be compared at once"),
    ListSeparator => ("、", ", "),
    InParentheses => ("（{}）", " ({})"),
    CopySuffix => ("（副本）", " (copy)"),
    NoSuchDeck => ("没有这个演示稿（可能已在其他窗口删除）", "that deck does not exist (deleted in another window?)"),
    NoSuchSlide => ("演示稿中没有这张幻灯片", "the deck has no such slide"),
    DeckFull => ("演示稿已满（上限 {} 张幻灯片）", "the deck is full (limit {} slides)"),
    DeckEmpty => ("演示稿还没有幻灯片：先添加情景", "the deck has no slides yet: add a scenario first"),
    LiveSuffix => ("（现场调整）", " (live change)"),
    TabDecks => ("演示稿", "Decks"),
    DecksIntro => (
        "演示稿是会上依次放映的情景：把当前情景或已保存的情景加为幻灯片，排好顺序，写下讲稿。",
        "A deck is the scenarios you show in a meeting, in order: add the current or saved scenarios as slides, order them, write speaker notes.",
    ),
    NewDeck => ("新演示稿标题", "New deck's title"),
    DefaultDeckTitle => ("会议演示", "Meeting"),
    CreateDeck => ("新建", "Create"),
    NoDecks => ("还没有演示稿。", "No decks yet."),
    DamagedDecks => ("以下演示稿已损坏，未能读取：", "These decks are damaged and could not be read:"),
    ImportDeck => ("导入演示稿文件", "Import a deck file"),
    Present => ("▶ 放映", "▶ Present"),
    PresentFromHere => ("从此页放映", "Present from here"),
    AddCurrentSlide => ("添加当前情景", "Add the current scenario"),
    AddSavedSlide => ("添加已保存情景", "Add a saved scenario"),
    ExportDeck => ("导出演示稿", "Export deck"),
    PrintDeckPages => ("打印（每页一张）", "Print (a page per slide)"),
    DeleteDeck => ("删除演示稿", "Delete deck"),
    SlideTitle => ("幻灯片标题", "Slide title"),
    SlideYear => ("年份", "year"),
    SpeakerNote => ("讲稿（仅演讲者可见）", "Speaker note (presenter only)"),
    MoveUp => ("上移", "Move up"),
    MoveDown => ("下移", "Move down"),
    RemoveSlide => ("移除", "Remove"),
    LiveChange => ("现场调整", "live change"),
    ReplayBefore => ("重放：改变之前", "replay: before the change"),
    ReplayAfter => ("重放：改变之后", "replay: after the change"),
    BaselineSlide => ("基准情景", "The baseline"),
    ShowQr => ("二维码", "QR code"),
    LeaveAsk => ("这张幻灯片上的现场调整还没有保留。", "The live change on this slide is not kept yet."),
    LeaveKeep => ("保留为新幻灯片并退出", "Keep it as a new slide and leave"),
    LeaveDrop => ("放弃调整并退出", "Drop it and leave"),
    StayPresenting => ("继续放映", "Keep presenting"),
    LiveKeptOnLeave => ("现场调整已保留为新幻灯片“{}”", "The live change was kept as a new slide, “{}”"),
    LiveDroppedOnLeave => ("现场调整已放弃，未保存", "The live change was dropped, not saved"),
    PinnedCards => ("本页指标（不选则自动选出本页改变最多的指标）", "Figures on this slide (none ticked: the ones it changes most)"),
    StrandsHeading => ("年末投资完成率", "Year-end investment completion"),
    KeyNumbers => ("本页要点数字", "This slide's key numbers"),
    NextKeyNumbers => ("下一页要点数字", "Next slide's key numbers"),
    SlideControls => ("放映控制", "Presentation controls"),
    PreviousSlide => ("上一页", "Previous slide"),
    NextSlide => ("下一页", "Next slide"),
    LastSlide => ("（已是最后一页）", "(this is the last slide)"),
    Replay => ("重放改变", "Replay change"),
    LiveLevers => ("调整杠杆", "Levers"),
    PresenterView => ("演讲者视图", "Presenter view"),
    PresenterWaiting => ("等待放映窗口……", "Waiting for the presentation window…"),
    PresenterTimer => ("已用时间", "Time elapsed"),
    NoNote => ("（本页没有讲稿）", "(no note for this slide)"),
    LeavePresentation => ("退出放映", "Leave"),
    KeepAsSlide => ("保留为新幻灯片", "Keep as a new slide"),
    DropLive => ("放弃调整", "Drop the change"),
    MyScenario => ("我的情景", "My scenario"),
    Unspent => ("未使用", "unspent"),
    CostPerYear => ("每年成本（从项目资金中支出）", "costs a year (from the projects' money)"),
    TargetTooClose => ("难以判定", "too close to call"),
    ProbabilityShort => ("达成概率 {} %", "{} % likely"),
    Probability => ("达成概率", "chance met"),
    EffectRegistered => ("此杠杆本身：2030 年户籍城镇化率", "This lever alone: registered urbanization 2030"),
    EffectStandards => ("此杠杆本身：2030 年无城乡差异标准", "This lever alone: standards with no urban–rural gap 2030"),
    EffectUrbanization => ("此杠杆本身：2030 年常住城镇化率", "This lever alone: resident urbanization 2030"),
    EffectMountain => ("此杠杆本身：2030 年山区海岛县相对收入", "This lever alone: mountain counties vs province 2030"),
    EffectInvestment => ("此杠杆本身：2025–2030 年完成投资", "This lever alone: investment completed 2025–2030"),
    GoalValue => ("目标值", "target value"),
    GoalSeek => ("目标求解", "Goal seek"),
    GoalSeekHint => (
        "勾选目标，选择可调整的杠杆；求解器在各杠杆合理范围内寻找满足全部目标、资金最少（或改动最小）的方案：已公布的承诺保持不变、未列为目标的结果不比起点差（除非在“规则”中放开），新增资金不晚于计划进度。",
        "Tick the goals and choose which levers may move; the solver looks, inside every lever's plausible range, for the setting that meets them all with the least money (or the least change), keeping the published commitments and every outcome that is not a goal at least as good as at the start (unless the rules free them), and adding money no later than the plan's pace.",
    ),
    GoalFreedom => ("可调整", "May move"),
    FreedomShares => ("仅分配份额", "Shares only"),
    FreedomTotals => ("份额与资金总量", "Shares and money"),
    FreedomAll => ("全部杠杆（含政策）", "Every lever, policy too"),
    GoalObjective => ("优先", "Prefer"),
    ObjectiveMoney => ("资金最少", "least money"),
    ObjectiveChange => ("改动最小", "least change"),
    Solve => ("求解", "Solve"),
    GoalsMet => ("全部目标可以达成：", "All goals can be met:"),
    GoalsNotMet => (
        "在各杠杆合理范围与所设规则内无法全部达成，不提供方案。最佳可达值：",
        "Out of reach within the levers' ranges and the rules set: no setting is offered. The best values reachable:",
    ),
    Binding => ("制约因素", "What binds"),
    ExtraMoney => ("2025–2030 年资金变化", "Money 2025–2030, change"),
    Lever => ("杠杆", "Lever"),
    Answer => ("求解结果", "Answer"),
    ApplyAnswer => ("采用此方案（可撤销）", "Apply this setting (undoable)"),
    GoalApplied => ("已采用目标求解的方案", "The goal-seek setting was applied"),
    Explain => ("为什么变了", "Why it moved"),
    Outcome => ("结果", "Outcome"),
    Shapley => ("各项贡献", "Each one's share"),
    Alone => ("单独调整", "Alone"),
    BuiltinReference => ("内置情景", "Built-in scenario"),
    ChangedAssumptions => ("假设与数据的改动", "Changed assumptions and data"),
    Interaction => ("相互作用", "Interaction"),
    ExplainHint => ("各杠杆的贡献之和恰好等于从基准到当前情景的变化；“单独调整”为只改该杠杆时的变化，差额为相互作用。", "The contributions add up exactly to the change from the baseline to this scenario; 'alone' is the change with that lever alone, the rest is their interaction."),
    TabSeek => ("分析", "Analysis"),
    NoGoalTicked => ("请至少勾选一个目标", "Tick at least one goal"),
    Colon => ("：", ": "),
    Resolved => (
        "假设已改变：已按保持求解的目标重新求解并采用（可撤销）",
        "The assumptions changed: the kept goals were solved again and the answer applied (undoable)",
    ),
    ResolvedNotMet => (
        "假设已改变：重新求解后，保持求解的目标在合理范围与规则内无法全部达成；情景未作改动",
        "The assumptions changed: solved again, the kept goals cannot all be met within the ranges and rules; the scenario was left as it is",
    ),
    BaselineBandToggle => ("显示基准的不确定区间", "Show the baseline's band"),
    KeepSolving => ("保持求解：假设改变时自动重新求解", "Keep solving: solve again when the assumptions change"),
    Loading => ("正在加载……", "Loading…"),
    Computing => ("计算中……", "Computing…"),
    ModelRefUnavailable => (
        "模型说明无法加载（离线且未缓存？）。联网后重新打开本节即可。",
        "The model reference could not be loaded (offline and not cached?). Open this section again when online.",
    ),
    LikelyAtLeast => ("达成概率至少", "Chance met at least"),
    LikelyOutOfRange => ("达成概率须在 1–99 % 之间，输入为 {}", "the chance must be between 1 and 99 %, got {}"),
    // The scenario in words (app/summary.rs): templates over the model's numbers.
    SummaryHeading => ("本情景要点", "In words"),
    SumNoChange => ("与基准相同：未改动任何杠杆。", "Same as the baseline: no lever changed."),
    SumMoney => ("资金：{}。", "Money: {}."),
    SumPolicy => ("政策：{}。", "Policy: {}."),
    SumUp => ("{}由 {}增至 {}", "{} up from {} to {}"),
    SumDown => ("{}由 {}减至 {}", "{} down from {} to {}"),
    SumRaised => ("{}由 {}提高到 {}", "{} up from {} to {}"),
    SumLowered => ("{}由 {}降低到 {}", "{} down from {} to {}"),
    SumSplit => ("{}（{}）由 {}改为 {}", "{} ({}) changed from {} to {}"),
    SumTimes => ("{} 倍", "{}×"),
    SumClauses => ("；", "; "),
    SumAssumptions => (
        "另改动了 {} 项假设与数据，基准也随之改变。",
        "Also changed: {} of the assumptions and data, which moves the baseline itself.",
    ),
    SumCompletion => ("{} 年末投资完成率：{}", "Year-end investment completion in {}: {}"),
    SumIncome => ("{} 年{}为 {}，{} {}", "In {} the {} is {} and {} {}"),
    SumServices => (
        "{} 年无城乡差异的基本公共服务标准 {}、无户籍差异的 {}（共 {}）",
        "In {}, {} public service standards have no urban–rural gap and {} no household-registration gap (of {})",
    ),
    SumUrbanization => ("{} 年{} {}，{} {}", "In {} the {} is {} and the {} {}"),
    SumRegions => ("{} 年{} {}，{}为 {}", "In {} the {} is {} and the {} {}"),
    SumBaselineValues => ("；基准分别为 {}", "; baseline {}"),
    SumAsBaseline => ("，与基准相同", ", as in the baseline"),
    SumTargets => ("；目标：{}", "; targets: {}"),
    SumTarget => ("{} 年{}{} {}（预计 {}），{}", "{} {} {} {} (projected {}): {}"),
    SumTargetThisYear => ("{} 年{}{} {}，{}", "{} {} {} {}: {}"),
    SumBelow => ("低于", "below"),
    SumAtLeast => ("达到", "at least"),
    SumEnd => ("。", "."),
    SumMoneyMore => (
        "{} 年三项资金合计 {}，比基准多 {}",
        "Money of the three pots {}: {} in all, {} more than the baseline",
    ),
    SumMoneyLess => (
        "{} 年三项资金合计 {}，比基准少 {}",
        "Money of the three pots {}: {} in all, {} less than the baseline",
    ),
    SumMoneySame => (
        "{} 年三项资金合计 {}，与基准相同",
        "Money of the three pots {}: {} in all, as in the baseline",
    ),
    SumPolicyCost => (
        "；政策杠杆每年成本 {}（{}），从中支出，不另增资金",
        "; the policy levers cost {} a year ({}), paid out of it, not on top",
    ),
    // ---- branch region (issue 22): the region file in the assumptions tab ----
    RegionHeading => ("地区数据", "Region data"),
    RegionInUse => ("当前地区：", "Region in use: "),
    RegionTemplate => ("下载数据表模板（CSV，已填入内置地区）", "Download the spreadsheet template (CSV, filled with the built-in region)"),
    RegionLoad => ("载入地区数据文件（CSV 或 JSON）…", "Load a region file (CSV or JSON)…"),
    RegionBuiltin => ("改用内置地区（浙江）", "Use the built-in region (Zhejiang)"),
    RegionRefused => ("此文件有 {} 处问题，未作任何更改：", "This file has {} problem(s); nothing was changed:"),
    // Branch `record` (issues 19 and 23): band legends, the change's range,
    // targets in their years, projected values, the record chart.
    BandLegend => ("阴影：80 % 可能区间（深色：50 %）", "Shaded: 80 % likely range (darker: 50 %)"),
    BaselineBandLegend => ("灰色阴影：基准的 80 % 可能区间", "Grey shading: the baseline's 80 % range"),
    ChangeRange => ("80 % 区间 {} 至 {}", "80 % range {} to {}"),
    SumChangeRange => (
        "这一调整使 {} 年{}{} {}–{}（80 % 区间，{} 次抽样）",
        "This change {} the {} in {} by {}–{} (80 % range, {} draws)",
    ),
    SumRaises => ("上升", "raises"),
    SumLowers => ("下降", "lowers"),
    SumMoves => ("变化", "moves"),
    TargetForYears => ("目标 {} 为 {} 年", "Target {} is for {}"),
    LatestPublished => ("最新公布：{}", "Latest published: {}"),
    LatestPublishedMonth => ("{} 年 {} 月", "{}/{}"),
    LatestPublishedYear => ("{} 年", "{}"),
    ProjectedMark => ("预计", "projected"),
    PointVsDraws => (
        "中线为基准参数下的结果，概率来自 {} 次抽样",
        "The line is the run at the central values; the chance is from {} draws",
    ),
    SumIncomeProjected => ("{} 年{}预计为 {}，{}预计 {}", "In {} the {} is projected at {} and {} at {}"),
    SumUrbanizationProjected => ("{} 年{}预计 {}，{}预计 {}", "In {} the {} is projected at {} and the {} at {}"),
    SumRegionsProjected => ("{} 年{}预计 {}，{}预计为 {}", "In {} the {} is projected at {} and the {} at {}"),
    RecordChart => ("这些预测过去的表现", "How these forecasts have done"),
    RecordPublished => ("公布值", "published"),
    RecordForecasts => ("各起点年的预测（{}）", "forecast from each start year ({})"),
    RecordNote => (
        "每条蓝线：从该年已公布的数据出发，用本模型的趋势方法向后预测 1–6 年；◆ 为实际公布值",
        "Each blue line: the model's trend method run from the data published up to that year, 1–6 years ahead; ◆ what was published",
    ),
    // branch region2 (issue 22): the region on screen, files of another region
    RegionOfferLoad => ("载入文件所带的地区数据：", "Load the region the file carries: "),
    RegionShortHistory => ("{}：历史数据只有 {} 年，回测年份少，不确定区间更宽。", "{}: only {} years of history, few to backtest, so the band is wider."),
    RegionTargets => ("本地区目标", "The region's targets"),
    RegionFallbacks => ("以下 {} 项沿用全省数值（本地区未公布）：", "{} figures use the province's values (not published for this region):"),
    // ---- branch phone: the phone's first screen, touch and keyboard (issues 21, 23) ----
    SkipToCharts => ("跳到图表", "Skip to the charts"),
    ChartsRegion => ("图表", "Charts"),
    PanelTabs => ("侧栏", "Side panel"),
    Tools => ("工具", "Tools"),
    StoryChanged => ("改了什么", "What changed"),
    StoryUnsaved => ("未保存的情景（基于 {}）", "Unsaved scenario (based on {})"),
    // Branch room-file (issue 21, item 3): the single file's QR code opens the hosted copy.
    QrHostedCopy => (
        "注意：本页面是从文件打开的，手机无法打开文件。此二维码打开的是托管在网上的副本（下方网址），情景相同。",
        "Note: this page was opened from a file, which phones cannot open. This code opens the hosted copy (the address below) at the same scenario.",
    ),
    // Goal seek a planner could act on (branch goal): rules, what binds, cost and timing
    // (crates/formats/src/seek_words.rs, app/seek.rs, app/seek_answer.rs, the CLI).
    SeekRules => ("规则", "Rules"),
    SeekFreeCommitment => ("放开已公布的承诺：{}", "Free the published commitment: {}"),
    SeekAllowWorse => (
        "允许未列为目标的结果比起点变差",
        "Allow outcomes that are not goals to end worse than at the start",
    ),
    SeekKept => ("已公布的承诺保持不变：{}", "Published commitments kept as they are: {}"),
    SeekCost => ("新增资金（较起点，2025–2030 年）：{}", "Extra money (vs the start, 2025–2030): {}"),
    SeekCostBest => (
        "达到上述最佳值所需资金（较起点，2025–2030 年）：{}",
        "Money the best values would take (vs the start, 2025–2030): {}",
    ),
    SeekTiming => ("资金年份：{}", "When: {}"),
    SeekTimingNone => ("资金年份：各年资金均不变", "When: no year's money changes"),
    SeekYearMoney => ("{} 年 {}", "{} {}"),
    SeekBindTop => ("{}已在合理范围上限（{}）", "{} is at the top of its range ({})"),
    SeekBindBottom => ("{}已在合理范围下限（{}）", "{} is at the bottom of its range ({})"),
    SeekBindCommitment => (
        "已公布的承诺“{}”保持不变；放开它，{}可达 {}",
        "The published commitment “{}” is kept as it is; freed, the {} could reach {}",
    ),
    SeekBindOutcome => (
        "{}未列为目标，不得比起点差；允许变差，{}可达 {}",
        "Not goals, may not end worse than at the start: {}; allowed to, the {} could reach {}",
    ),
    SeekBindPace => (
        "新增资金不得晚于计划进度；不受此限，{}可达 {}",
        "Extra money may not come later than the plan's pace; without that rule, the {} could reach {}",
    ),
    SeekBindNone => (
        "没有杠杆停在范围端点、也没有规则限制它：所列杠杆推不动这一目标",
        "No lever is at an end of its range and no rule holds it back: the levers allowed do not move this goal",
    ),
    // Branch lag (issue 19, item 5): the analysis tab's tornado (app/tornado.rs).
    TornadoHeading => ("这个结果取决于什么", "What this answer depends on"),
    TornadoChangeHeading => ("这一调整的效果取决于什么", "What this change's effect depends on"),
    TornadoIntro => (
        "每个不确定的数取其范围两端（一次一个）：两端的结果，按幅度从大到小。",
        "Each uncertain number at either end of its range, one at a time: the result at each end, largest swing first.",
    ),
    TornadoChangeIntro => (
        "本情景与基准取同一个数：两端相对基准的变化。回报率、时滞、折旧只影响调整的效果。",
        "The same number in this scenario and its baseline: the change against the baseline at each end. Returns, time to build and depreciation move only what a change does.",
    ),
    // Branch `regional` (issue 19, item 7): targets no lever moves, estimated
    // cities. (What an older file lost is worded in urs-inputs' scenario_v1.rs.)
    CitiesEstimated => (
        "{}的城乡收入比未公布全年数，为估算值（灰色），不是全省数的复制。",
        "{}: no annual income ratio published; the values are estimates (grey), not copies of the province's.",
    ),
    NoLeverMoves => (
        "任何杠杆都改变不了这一结果（在该年份已成定局或不受杠杆影响）。",
        "No lever moves this figure (settled by that year, or outside every lever's reach).",
    ),
    OutsideHardBounds => (
        "{}：{} 超出其硬性范围，未采用",
        "{}: {} is outside its hard bounds and was not applied",
    ),
    SumNoLeverMoves => (
        "{}：任何杠杆都改变不了这一结果。",
        "{}: no lever moves this figure.",
    ),
    TornadoEnds => ("取低端 ← → 取高端", "at low ← → at high"),
    TornadoMore => ("项影响更小。", "more move it less."),
    // Branch `details` (issue 23: notices, export names, compare, formats).
    NoticesIn => ("提示（{} 年）", "Notes ({})"),
    UnsavedBasedOn => ("未保存的情景（基于 {}）", "Unsaved scenario (based on {})"),
    ExportSubtitle => ("{} · {} · {}", "{} · {} · {}"),
    SlideCountOne => ("{} 张", "{} slide"),
    CompareReference => ("对照", "reference"),
    ModelRefParams => ("模型参数（数值、单位、来源、范围）", "The model's parameters (value, unit, source, range)"),
    ModelRefData => ("报告数据", "Reported data"),
    ModelRefName => ("名称", "Name"),
    ModelRefValue => ("内置值", "Built-in value"),
    ModelRefSource => ("来源类别", "Source"),
    ModelRefWhy => ("依据", "Basis"),
    ModelRefEnglish => ("以下为完整的模型说明（方程、参数与来源）：", "The full model reference (equations, parameters and sources):"),
    SeeModelReference => ("见模型说明", "see the model reference"),
    ExplainRaises => ("使该指标上升", "raises it"),
    ExplainLowers => ("使该指标下降", "lowers it"),
    CompareAgainst => ("设为对照", "compare with"),
    CompareAgainstThis => ("差值以此列为对照", "Differences against this column"),
    SlideCountMany => ("{} 张", "{} slides"),
}

impl T {
    /// "1 slide", "2 slides" (Chinese has one form): `one` for a count of 1.
    pub fn count(n: usize, one: T, many: T) -> Bilingual {
        (if n == 1 { one } else { many }).fill(|_| vec![n.to_string()])
    }

    /// The text in both languages with each `{}` replaced by the next of
    /// `args(lang)`: messages that carry values ("份额必须在 0–100 % 之间，输入为
    /// 140"), with arguments that may differ by language (a name, a unit).
    pub fn fill(self, args: impl Fn(Lang) -> Vec<String>) -> Bilingual {
        self.fill_dyn(&args)
    }

    /// `fill`'s body, not generic: one copy in the wasm instead of one per
    /// caller (there are some forty).
    #[inline(never)]
    fn fill_dyn(self, args: &dyn Fn(Lang) -> Vec<String>) -> Bilingual {
        let one = |lang| {
            let mut values = args(lang).into_iter();
            let mut parts = self.get(lang).split("{}");
            let mut out = parts.next().unwrap_or_default().to_string();
            for part in parts {
                out.push_str(&values.next().unwrap_or_default());
                out.push_str(part);
            }
            out
        };
        Bilingual::new(one(Lang::Zh), one(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_text_in_both_languages() {
        for &key in T::ALL {
            // Counters Chinese needs and English does not: "5" not "5月",
            // "all 101" not "全部 101 项".
            if ![T::MonthSuffix, T::StandardsUnit].contains(&key) {
                assert!(!key.get(Lang::En).is_empty(), "{key:?} en");
            }
            assert!(!key.get(Lang::Zh).is_empty(), "{key:?} zh");
            let holes = |lang| key.get(lang).matches("{}").count();
            assert_eq!(holes(Lang::Zh), holes(Lang::En), "{key:?}: both languages take the same values");
        }
    }

    #[test]
    fn a_message_with_values_gets_them_in_each_language() {
        let m = T::NegativeEntry
            .fill(|l| vec![l.pick("常规渠道资金", "Ordinary funds").into(), "-50".into(), l.pick("亿元", "bn").into()]);
        assert_eq!(m.zh, "常规渠道资金不能为负数（输入 -50 亿元）");
        assert_eq!(m.en, "Ordinary funds cannot be negative (entered -50 bn)");
    }
}
