using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.Portal.Pages;

/// <summary>Home "签约及查询": the customer's tasks, contracts and payments (sections fill as those arrive).</summary>
public class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
