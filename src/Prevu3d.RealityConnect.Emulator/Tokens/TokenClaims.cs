using System;

namespace Prevu3d.RealityConnect.Emulator.Tokens;

/// <summary>The claims of a token the emulator issued and has just verified.</summary>
internal sealed record TokenClaims(
    Guid UserId,
    string FirstName,
    string LastName,
    string Email,
    Guid RefreshTokenId,
    Guid OrganizationId,
    long IssuedAt,
    long ExpiresAt);
