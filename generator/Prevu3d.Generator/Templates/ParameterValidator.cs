namespace Prevu3d.Generator.Templates
{
    /// <summary>
    /// The parameter checks of one operation, read from the spec when the client was generated. The request builder
    /// holds one in a static field and runs it on each request it builds, so a value the spec rules out is refused with
    /// an <see cref="global::System.ArgumentException"/> naming the parameter, whatever request adapter sends it.
    /// </summary>
    /// <remarks>A check allocates nothing unless it fails.</remarks>
    [global::Prevu3d.Generator.Templates.GeneratedCode("Prevu3d.Generator", "1.0.0")]
    internal sealed class ParameterValidator
    {
        // Kiota's path parameter key of the URL given to WithUrl (internal to Microsoft.Kiota.Abstractions).
        private const string RawUrlKey = "request-raw-url";

        private readonly global::Prevu3d.Generator.Templates.ParameterConstraint[] _constraints;

        /// <summary>Instantiates a new <see cref="global::Prevu3d.Generator.Templates.ParameterValidator"/>.</summary>
        /// <param name="constraints">The operation's parameter constraints, in the spec's order.</param>
        public ParameterValidator(global::Prevu3d.Generator.Templates.ParameterConstraint[] constraints)
        {
            _constraints = constraints ?? throw new global::System.ArgumentNullException(nameof(constraints));
        }

        /// <summary>The operation's parameter constraints, in the spec's order.</summary>
        public global::System.Collections.Generic.IReadOnlyList<global::Prevu3d.Generator.Templates.ParameterConstraint> Constraints => _constraints;

        /// <summary>Refuses <paramref name="request"/> if a parameter value breaks its constraint.</summary>
        /// <param name="request">The request the builder made.</param>
        /// <exception cref="global::System.ArgumentException">A parameter is missing, blank, not a UUID or not one of its enum values.</exception>
        public void Validate(global::Microsoft.Kiota.Abstractions.RequestInformation request)
        {
            if (request is null)
            {
                throw new global::System.ArgumentNullException(nameof(request));
            }

            // WithUrl: Kiota sends the given URL as it is, so the path and query values are not used.
            var rawUrl = request.PathParameters.ContainsKey(RawUrlKey);
            for (var i = 0; i < _constraints.Length; i++)
            {
                var constraint = _constraints[i];
                switch (constraint.Location)
                {
                    case global::Prevu3d.Generator.Templates.ParameterConstraint.Path when !rawUrl:
                        CheckPath(request, constraint);
                        break;
                    case global::Prevu3d.Generator.Templates.ParameterConstraint.Query when !rawUrl:
                        CheckQuery(request, constraint);
                        break;
                    case global::Prevu3d.Generator.Templates.ParameterConstraint.Header:
                        CheckHeader(request, constraint);
                        break;
                }
            }
        }

        private static void CheckPath(global::Microsoft.Kiota.Abstractions.RequestInformation request, global::Prevu3d.Generator.Templates.ParameterConstraint constraint)
        {
            if (!request.PathParameters.TryGetValue(constraint.Key, out var value) || value is null)
            {
                throw Missing(request, constraint);
            }

            if (value is string text && string.IsNullOrWhiteSpace(text))
            {
                throw new global::System.ArgumentException("The path parameter '" + constraint.Name + "' of " + request.HttpMethod.ToString() + " " + request.UrlTemplate + " is empty.", constraint.Name);
            }

            // The nil UUID names no resource: in a path it is an id nobody set.
            if (value is global::System.Guid guid && guid == global::System.Guid.Empty && constraint.Format == global::Prevu3d.Generator.Templates.ParameterConstraint.Uuid)
            {
                throw new global::System.ArgumentException("The path parameter '" + constraint.Name + "' is the empty UUID.", constraint.Name);
            }

            CheckText(constraint, value as string);
        }

        private static void CheckQuery(global::Microsoft.Kiota.Abstractions.RequestInformation request, global::Prevu3d.Generator.Templates.ParameterConstraint constraint)
        {
            // Kiota leaves out a null value and an empty array: either is no value.
            if (!request.QueryParameters.TryGetValue(constraint.Key, out var value) || value is null)
            {
                if (constraint.Required)
                {
                    throw Missing(request, constraint);
                }

                return;
            }

            CheckText(constraint, value as string);
        }

        private static void CheckHeader(global::Microsoft.Kiota.Abstractions.RequestInformation request, global::Prevu3d.Generator.Templates.ParameterConstraint constraint)
        {
            if (!request.Headers.TryGetValue(constraint.Key, out var values))
            {
                if (constraint.Required)
                {
                    throw Missing(request, constraint);
                }

                return;
            }

            if (constraint.Format is null && constraint.AllowedValues is null)
            {
                return;
            }

            foreach (var value in values)
            {
                CheckText(constraint, value);
            }
        }

        /// <summary>A value given as text (a string id, a raw header) must have the format and be an allowed value.</summary>
        private static void CheckText(global::Prevu3d.Generator.Templates.ParameterConstraint constraint, string? text)
        {
            if (text is null)
            {
                return;
            }

            if (constraint.Format == global::Prevu3d.Generator.Templates.ParameterConstraint.Uuid && !global::System.Guid.TryParseExact(text, "D", out _))
            {
                throw new global::System.ArgumentException("The " + constraint.Location + " parameter '" + constraint.Name + "' must be a UUID, not '" + text + "'.", constraint.Name);
            }

            if (constraint.AllowedValues is { } allowed && global::System.Array.IndexOf(allowed, text) < 0)
            {
                throw new global::System.ArgumentException("The " + constraint.Location + " parameter '" + constraint.Name + "' must be one of '" + string.Join("', '", allowed) + "', not '" + text + "'.", constraint.Name);
            }
        }

        private static global::System.ArgumentException Missing(global::Microsoft.Kiota.Abstractions.RequestInformation request, global::Prevu3d.Generator.Templates.ParameterConstraint constraint) =>
            new global::System.ArgumentException("The " + constraint.Location + " parameter '" + constraint.Name + "' of " + request.HttpMethod.ToString() + " " + request.UrlTemplate + " is missing.", constraint.Name);
    }
}
