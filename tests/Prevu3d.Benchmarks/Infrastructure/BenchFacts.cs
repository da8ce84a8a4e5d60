using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Prevu3d.Benchmarks.Infrastructure;

/// <summary>
/// What a benchmark learns in its own process and the report needs (request counts, a payload's size, generated
/// output), carried back to the host. BenchmarkDotNet runs each benchmark in a child process, where a static field
/// set by the benchmark is never seen by the host; so each fact is appended as one line to a file the host names in
/// <see cref="Variable"/>, an environment variable the child processes inherit. In-process the same file is used.
/// </summary>
internal static class BenchFacts
{
    /// <summary>The environment variable that names the facts file.</summary>
    public const string Variable = "PREVU3D_BENCH_FACTS";

    /// <summary>Starts a new, empty facts file for this run and names it for the processes started from here.</summary>
    /// <param name="path">The file.</param>
    public static void Begin(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Empty);
        Environment.SetEnvironmentVariable(Variable, path);
    }

    /// <summary>Appends one fact; does nothing when no run named a file (a benchmark started by hand).</summary>
    /// <param name="kind">What the fact is, e.g. <c>coldstart.client</c>; no tab.</param>
    /// <param name="values">Its values; none may contain a tab or a line break.</param>
    public static void Record(string kind, params string[] values)
    {
        var path = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        if (values.Append(kind).Any(v => v.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0))
        {
            throw new ArgumentException("A fact may not contain a tab or a line break.", nameof(values));
        }

        // Benchmarks run one process at a time, and a process records from one thread at a time (setup and cleanup).
        File.AppendAllText(path, kind + "\t" + string.Join('\t', values) + "\n");
    }

    /// <summary>Every fact of <paramref name="kind"/> recorded in this run, in order; empty when there are none.</summary>
    /// <param name="kind">What the facts are.</param>
    /// <returns>Each fact's values.</returns>
    public static IReadOnlyList<string[]> Read(string kind)
    {
        var path = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            return [];
        }

        return File.ReadLines(path)
            .Select(line => line.Split('\t'))
            .Where(fields => fields[0] == kind)
            .Select(fields => fields[1..])
            .ToList();
    }
}
