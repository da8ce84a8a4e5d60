using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Routing;
using Prevu3d.RealityConnect.Emulator.Contract;
using Prevu3d.RealityConnect.Emulator.Hosting;

namespace Prevu3d.RealityConnect.Emulator.Tests.Hosting;

public sealed class NotEmulatedFilterTests
{
    [Fact]
    public async Task GeneratedOperationsShouldThrowNotEmulatedUntilOverridden()
    {
        // A controller that implements nothing stands for an operation newly added to the spec.
        var bare = new BareNodesController();

        var error = await Assert.ThrowsAsync<OperationNotEmulatedException>(() => bare.BrowseNode(Guid.NewGuid()));
        Assert.Equal("BrowseNode", error.Operation);
    }

    [Fact]
    public void FilterShouldAnswerNotEmulatedWith501AndAnErrorResponse()
    {
        var context = NewContext(new OperationNotEmulatedException("ListAssets"));

        new NotEmulatedFilter().OnException(context);

        Assert.True(context.ExceptionHandled);
        var result = Assert.IsType<ObjectResult>(context.Result);
        Assert.Equal(StatusCodes.Status501NotImplemented, result.StatusCode);
        var body = Assert.IsType<ErrorResponse>(result.Value);
        Assert.True(body.HasError);
        Assert.Contains("ListAssets", body.Message);
    }

    [Fact]
    public void FilterShouldLeaveOtherExceptionsAlone()
    {
        var context = NewContext(new InvalidOperationException("boom"));

        new NotEmulatedFilter().OnException(context);

        Assert.False(context.ExceptionHandled);
        Assert.Null(context.Result);
    }

    private static ExceptionContext NewContext(Exception exception)
        => new(new ActionContext(new DefaultHttpContext(), new RouteData(), new ActionDescriptor()), new List<IFilterMetadata>())
        {
            Exception = exception,
        };

    private sealed class BareNodesController : NodesControllerBase
    {
    }
}
