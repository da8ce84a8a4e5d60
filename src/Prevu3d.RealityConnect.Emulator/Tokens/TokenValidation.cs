namespace Prevu3d.RealityConnect.Emulator.Tokens;

/// <summary>The outcome of checking a bearer token: its claims, or why it was refused.</summary>
internal readonly record struct TokenValidation(TokenClaims? Claims, string? Failure)
{
    public static TokenValidation Fail(string reason) => new(null, reason);
}
