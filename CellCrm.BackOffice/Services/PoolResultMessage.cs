using CellCrm.Infrastructure.Customers;

namespace CellCrm.BackOffice.Services;

/// <summary>Turns a bulk pool action's result into the sentence staff read.</summary>
public static class PoolResultMessage
{
    public static (string? Success, string? Error) Describe(PoolResult result, string verb)
    {
        var parts = new List<string>();
        if (result.Done > 0)
        {
            parts.Add($"已{verb} {result.Done} 位客户");
        }

        if (result.PendingApproval > 0)
        {
            parts.Add($"{result.PendingApproval} 位客户来自其他组，已提交原组长审核");
        }

        return (parts.Count > 0 ? string.Join("；", parts) : null, result.Refused.Count > 0 ? string.Join("；", result.Refused) : null);
    }
}
