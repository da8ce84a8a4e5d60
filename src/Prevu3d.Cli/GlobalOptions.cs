using System.CommandLine;

namespace Prevu3d.Cli;

/// <summary>Options every command accepts (declared once, recursive on the root).</summary>
internal sealed class GlobalOptions
{
    public Option<string?> ClientId { get; } = new("--client-id")
    {
        Description = "OAuth client id (default: $PREVU3D_CLIENT_ID).",
        Recursive = true,
    };

    public Option<string?> ClientSecret { get; } = new("--client-secret")
    {
        Description = "OAuth client secret (default: $PREVU3D_CLIENT_SECRET). Prefer the environment variable: arguments show in process lists.",
        Recursive = true,
    };

    public Option<string?> Authority { get; } = new("--authority")
    {
        Description = "Authority URL (default: $PREVU3D_AUTHORITY_URL, else https://cloud-api.prevu3d.com).",
        Recursive = true,
    };

    public Option<string?> ApiUrl { get; } = new("--api-url")
    {
        Description = "Regional API base URL; skips discovery (default: $PREVU3D_API_URL).",
        Recursive = true,
    };

    public Option<bool> Emulator { get; } = new("--emulator")
    {
        Description = "Run against the embedded emulator even when credentials are set.",
        Recursive = true,
    };

    public Option<int> EmulatorNodes { get; } = new("--emulator-nodes")
    {
        Description = "Size of the embedded emulator's hierarchy.",
        DefaultValueFactory = _ => 60,
        Recursive = true,
    };

    public Option<string[]> EmulatorFaults { get; } = new("--emulator-fault")
    {
        Description = "A fault of the embedded emulator, ROUTE=FAULT[*COUNT], repeatable (as the emulator's --fault), "
            + "e.g. browse=forbid:NODE_ID (403) or browse=hide:NODE_ID (404).",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Machine-readable JSON output.",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Show stack traces of errors.",
        Recursive = true,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(ClientId);
        command.Options.Add(ClientSecret);
        command.Options.Add(Authority);
        command.Options.Add(ApiUrl);
        command.Options.Add(Emulator);
        command.Options.Add(EmulatorNodes);
        command.Options.Add(EmulatorFaults);
        command.Options.Add(Json);
        command.Options.Add(Verbose);
    }
}
