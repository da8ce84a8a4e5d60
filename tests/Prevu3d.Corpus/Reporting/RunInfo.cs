using System;

namespace Prevu3d.Corpus.Reporting;

/// <summary>What a run was: when, on which commit, with which tools, and how long it took as a whole.</summary>
internal sealed record RunInfo(DateTimeOffset Started, TimeSpan Wall, string Commit, string KiotaCli, bool Partial, int ProcessorCount);
