namespace Prevu3d.RealityConnect.Emulator;

/// <summary>The levels of a Prevu3D hierarchy, top down.</summary>
public enum EmulatorNodeType
{
    /// <summary>The root: the organization the token belongs to.</summary>
    Organization,

    /// <summary>A division of the organization.</summary>
    Division,

    /// <summary>A site (plant, refinery, terminal...) of a division.</summary>
    Site,

    /// <summary>A folder of a site, or a sub-folder of a folder.</summary>
    Folder,

    /// <summary>A captured asset (scan, point cloud) in a folder.</summary>
    Asset,
}
