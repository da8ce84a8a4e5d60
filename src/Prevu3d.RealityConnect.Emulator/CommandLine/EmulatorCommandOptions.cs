using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using Microsoft.Extensions.Logging;

namespace Prevu3d.RealityConnect.Emulator.CommandLine;

/// <summary>The standalone emulator's options, mapped onto <see cref="RealityConnectEmulatorOptions"/>.</summary>
internal sealed class EmulatorCommandOptions
{
    public Option<int> Nodes { get; } = new("--nodes", "-n")
    {
        Description = "Nodes in the hierarchy, the organization included (1 to 1000000).",
        DefaultValueFactory = _ => RealityConnectEmulatorOptions.DefaultNodeCount,
    };

    public Option<int> Seed { get; } = new("--seed")
    {
        Description = "Seed of the hierarchy's ids and names.",
        DefaultValueFactory = _ => RealityConnectEmulatorOptions.DefaultSeed,
    };

    public Option<Guid?> OrganizationId { get; } = new("--organization-id")
    {
        Description = "The organization's id (default: derived from the seed).",
    };

    public Option<int> AuthorityPort { get; } = new("--authority-port")
    {
        Description = "Port of the authority listener on 127.0.0.1 (0: any free port).",
    };

    public Option<int> ApiPort { get; } = new("--api-port")
    {
        Description = "Port of the regional API listener on 127.0.0.1 (0: any free port).",
    };

    public Option<TimeSpan> TokenLifetime { get; } = new("--token-lifetime")
    {
        Description = "Lifetime of issued tokens, e.g. 1h, 90s.",
        DefaultValueFactory = _ => RealityConnectEmulatorOptions.DefaultTokenLifetime,
        CustomParser = ParseDuration,
    };

    public Option<TimeSpan> Latency { get; } = new("--latency")
    {
        Description = "Latency added to every request, e.g. 200ms.",
        CustomParser = ParseDuration,
    };

    public Option<string[]> Faults { get; } = new("--fault")
    {
        Description = "A fault ROUTE=FAULT[*COUNT], repeatable. ROUTE: token, api-info, browse. FAULT: latency:200ms, 429[:5s], "
            + "500, 502, 503, 504, drop, malformed, redirect:URL, html:STATUS, text:STATUS (a non-JSON error page), has-error[:message], lifetime:5s (token only), "
            + "forbid:ID[,ID...] (403), hide:ID[,ID...] (404) (browse only: those nodes' browse fails, their parents still list them). *COUNT: the next COUNT requests only.",
    };

    public Option<TimeSpan?> RevokeEvery { get; } = new("--revoke-every")
    {
        Description = "Revoke every issued token periodically, e.g. 5m.",
        CustomParser = result => ParseDuration(result),
    };

    public Option<bool> Rfc6749 { get; } = new("--rfc6749")
    {
        Description = "Answer tokens as access_token/expires_in/token_type instead of the documented accessToken/expiresIn.",
    };

    public Option<string> ClientId { get; } = new("--client-id")
    {
        Description = "The demo client's id.",
        DefaultValueFactory = _ => RealityConnectEmulatorOptions.DefaultClientId,
    };

    public Option<string> ClientSecret { get; } = new("--client-secret")
    {
        Description = "The demo client's secret.",
        DefaultValueFactory = _ => RealityConnectEmulatorOptions.DefaultClientSecret,
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Log every request to the console.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Nodes);
        command.Options.Add(Seed);
        command.Options.Add(OrganizationId);
        command.Options.Add(AuthorityPort);
        command.Options.Add(ApiPort);
        command.Options.Add(TokenLifetime);
        command.Options.Add(Latency);
        command.Options.Add(Faults);
        command.Options.Add(RevokeEvery);
        command.Options.Add(Rfc6749);
        command.Options.Add(ClientId);
        command.Options.Add(ClientSecret);
        command.Options.Add(Verbose);
    }

    public RealityConnectEmulatorOptions ToEmulatorOptions(ParseResult parseResult, ILoggerFactory? loggerFactory) => new()
    {
        NodeCount = parseResult.GetValue(Nodes),
        Seed = parseResult.GetValue(Seed),
        OrganizationId = parseResult.GetValue(OrganizationId),
        AuthorityPort = parseResult.GetValue(AuthorityPort),
        ApiPort = parseResult.GetValue(ApiPort),
        TokenLifetime = parseResult.GetValue(TokenLifetime),
        Latency = parseResult.GetValue(Latency),
        Rfc6749TokenShape = parseResult.GetValue(Rfc6749),
        ClientId = parseResult.GetValue(ClientId)!,
        ClientSecret = parseResult.GetValue(ClientSecret)!,
        LoggerFactory = loggerFactory,
    };

    private static TimeSpan ParseDuration(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
        if (DurationParser.TryParse(text, out var duration))
        {
            return duration;
        }

        result.AddError($"'{text}' is not a duration (examples: 250ms, 2s, 5m, 1h, 00:00:05).");
        return default;
    }
}
