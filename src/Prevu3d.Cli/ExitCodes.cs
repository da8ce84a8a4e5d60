namespace Prevu3d.Cli;

/// <summary>The prevu3d process exit codes, one per error class (documented in the README).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Usage = 1;
    public const int Unexpected = 2;
    public const int Authentication = 3;
    public const int NotFound = 4;
    public const int Network = 5;
    public const int Discovery = 6;
    public const int Api = 7;

    /// <summary><c>tree</c> drew what it could read, but some branches could not be browsed (403/404).</summary>
    public const int Partial = 8;
    public const int Cancelled = 130;
}
