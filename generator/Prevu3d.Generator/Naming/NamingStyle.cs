namespace Prevu3d.Generator.Naming
{
    /// <summary>How the generator spells the names it derives from the spec (MSBuild property <c>Prevu3dNaming</c>).</summary>
    internal enum NamingStyle
    {
        /// <summary>
        /// The names <c>kiota generate -l CSharp</c> (1.38) gives, so code written against a Kiota client compiles against ours:
        /// <c>Order_status</c>, <c>Related_tags</c>, <c>Not_run</c>, <c>Media.MathNamespace</c>, wrappers nested in their owner.
        /// </summary>
        Kiota,

        /// <summary>Pascal case without underscores: <c>OrderStatus</c>, <c>RelatedTags</c>, <c>NotRun</c>, <c>Media.Math</c>.</summary>
        Pascal,
    }
}
