using System.Linq;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Prevu3d.RealityConnect.Emulator.Contract;
using Prevu3d.RealityConnect.Emulator.Controllers;

namespace Prevu3d.RealityConnect.Emulator.Tests.Controllers;

/// <summary>The generated contract still has NSwag's form-body bug, and the override's attribute is what MVC binds with.</summary>
public sealed class NSwagFormBodyWorkaroundTests
{
    [Fact]
    public void GeneratedBaseShouldStillDeclareTheFormBodyFromBody()
    {
        var parameter = typeof(OauthControllerBase).GetMethod(nameof(OauthControllerBase.CreateToken))!.GetParameters()[0];

        // If NSwag ever emits [FromForm] itself, this fails and the workaround can go.
        Assert.NotNull(parameter.GetCustomAttribute<FromBodyAttribute>());
    }

    [Fact]
    public void OverrideShouldMakeMvcBindTheTokenRequestFromTheForm()
    {
        var parameter = typeof(OauthController).GetMethod(nameof(OauthController.CreateToken))!.GetParameters()[0];

        // As MVC's ModelAttributes reads them (CustomAttributeExtensions.GetCustomAttributes): the override's
        // attributes, then those inherited from the overridden method's parameter.
        var attributes = parameter.GetCustomAttributes<System.Attribute>().ToArray();
        var binding = BindingInfo.GetBindingInfo(attributes);

        Assert.Equal(BindingSource.Form, binding?.BindingSource);
        Assert.Contains(attributes, a => a is FromFormAttribute);
        Assert.Contains(attributes, a => a is FromBodyAttribute);
        Assert.Equal(typeof(FromFormAttribute), attributes.First(a => a is IBindingSourceMetadata).GetType());
    }
}
