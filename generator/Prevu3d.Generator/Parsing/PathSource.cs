using System;
using Microsoft.OpenApi;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>A path item of the spec and its key (<c>/pets/{petId}</c>).</summary>
    internal sealed class PathSource
    {
        public PathSource(string specPath, IOpenApiPathItem item)
        {
            SpecPath = specPath;
            Item = item;
        }

        public string SpecPath { get; }

        public IOpenApiPathItem Item { get; }

        /// <summary>The path's segments, empty ones (<c>//</c>, a trailing <c>/</c>) left out.</summary>
        public string[] Segments() => SpecPath.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
    }
}
