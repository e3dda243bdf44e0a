using CellCrm.BackOffice.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.BackOffice.Pages.Customers;

public static class CustomerPageExtensions
{
    /// <summary>The answer to a refused per-record check: 404 for an unknown id, otherwise the access-denied page.</summary>
    public static IActionResult? Refusal(this PageModel page, CustomerAccessResult access) => access switch
    {
        CustomerAccessResult.Allowed => null,
        CustomerAccessResult.NotFound => page.NotFound(),
        CustomerAccessResult.Denied => page.Forbid(),
    };

    /// <summary>Puts service errors under the inputs they name (prefixed, e.g. "Input."), or above the form.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, string prefix, IEnumerable<FieldError> errors)
    {
        foreach (var error in errors)
        {
            modelState.AddModelError(error.Field.Length == 0 ? "" : prefix + error.Field, error.Message);
        }
    }
}
