namespace Prevu3d.RealityConnect.Emulator;

/// <summary>The emulated operations of the spec, the unit of counting and of fault injection.</summary>
public enum EmulatorRoute
{
    /// <summary><c>POST /oauth/token</c> on the authority listener.</summary>
    Token,

    /// <summary><c>GET /oauth/api-info</c> on the authority listener.</summary>
    ApiInfo,

    /// <summary><c>GET /realityconnect-api/v1/nodes/{nodeId}/browse</c> on the regional API listener.</summary>
    Browse,
}
