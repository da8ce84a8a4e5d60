// The emitter (OpenApiClientGenerator.Emitter*.cs, restructured on another branch) calls Names.Literal and
// Names.ToTemplateVariable with only `using Prevu3d.Generator.Helpers;`. Names now lives in Naming/, so this
// one line keeps it compiling unchanged; delete it once every emitter file says `using Prevu3d.Generator.Naming;`.
global using Prevu3d.Generator.Naming;
