namespace Prevu3d.RealityConnect.Emulator.Hosting;

/// <summary>The two listeners of the emulator, like the real service's two hosts.</summary>
internal enum EmulatorListener
{
    /// <summary>The authority (cloud-api.prevu3d.com): <c>/oauth/token</c> and <c>/oauth/api-info</c>.</summary>
    Authority,

    /// <summary>The regional API (api-ue1.prevu3d.com) under <c>/realityconnect-api</c>.</summary>
    Api,
}
