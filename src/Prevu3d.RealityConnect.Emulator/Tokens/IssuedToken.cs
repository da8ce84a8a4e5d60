namespace Prevu3d.RealityConnect.Emulator.Tokens;

/// <summary>A freshly signed access token and its <c>iat</c>/<c>exp</c> Unix times.</summary>
internal sealed record IssuedToken(string AccessToken, long IssuedAt, long ExpiresAt);
