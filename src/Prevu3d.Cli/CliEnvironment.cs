using System;
using System.Collections.Generic;

namespace Prevu3d.Cli;

/// <summary>Reads environment variables; tests pass their own so the machine's do not leak in.</summary>
internal sealed class CliEnvironment
{
    private readonly Func<string, string?> _read;

    public CliEnvironment(Func<string, string?> read) => _read = read;

    public static CliEnvironment System { get; } = new(Environment.GetEnvironmentVariable);

    public static CliEnvironment From(IReadOnlyDictionary<string, string> variables)
        => new(name => variables.TryGetValue(name, out var value) ? value : null);

    public string? this[string name] => _read(name) is { Length: > 0 } value ? value : null;
}
