using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Prevu3d.RealityConnect.Emulator.Hosting;

/// <summary>Answers a spec operation the emulator does not implement with 501 and an ErrorResponse body.</summary>
internal sealed class NotEmulatedFilter : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (context.Exception is OperationNotEmulatedException notEmulated)
        {
            context.Result = ErrorResponses.Result(StatusCodes.Status501NotImplemented, notEmulated.Message);
            context.ExceptionHandled = true;
        }
    }
}
