using System.Diagnostics.CodeAnalysis;

// RS0026 asks that at most one overload of a method have optional parameters. The walker's two
// entry points (a Guid id and a string id, as the node builders accept both) predate the tracked
// public API and are already in it: changing them now would be the breaking change the rule guards against.
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Shipped shape: Guid and string ids, like the node builders.", Scope = "member", Target = "~M:Prevu3d.RealityConnect.Hierarchy.HierarchyWalker.WalkAsync(System.Guid,Prevu3d.RealityConnect.Hierarchy.HierarchyWalkOptions,System.Threading.CancellationToken)~System.Collections.Generic.IAsyncEnumerable{Prevu3d.RealityConnect.Hierarchy.WalkedNode}")]
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Shipped shape: Guid and string ids, like the node builders.", Scope = "member", Target = "~M:Prevu3d.RealityConnect.Hierarchy.HierarchyWalker.WalkAsync(System.String,Prevu3d.RealityConnect.Hierarchy.HierarchyWalkOptions,System.Threading.CancellationToken)~System.Collections.Generic.IAsyncEnumerable{Prevu3d.RealityConnect.Hierarchy.WalkedNode}")]
