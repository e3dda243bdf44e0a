using CellCrm.BackOffice.Services;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CellCrm.BackOffice.Pages.Admin;

public static class AdminPageExtensions
{
    /// <summary>Puts service errors under the form's inputs ("Input." + field), whole-form errors on top.</summary>
    public static void AddFieldErrors(this ModelStateDictionary modelState, IEnumerable<FieldError> errors, string prefix = "Input.")
    {
        foreach (var error in errors)
        {
            modelState.AddModelError(error.Field.Length == 0 ? "" : prefix + error.Field, error.Message);
        }
    }
}
