using CellCrm.Infrastructure.Payments;

namespace CellCrm.Infrastructure.Tests.Payments;

/// <summary>The per-node turns of one transaction's copies, and the memory of recorded transactions.</summary>
public sealed class TransactionCreditGateTests
{
    [Fact]
    public async Task ASecondCopy_WaitsForTheFirst_WhileAnotherTransactionDoesNot()
    {
        var gate = new TransactionCreditGate();
        var ct = TestContext.Current.CancellationToken;

        var first = await gate.EnterAsync("4200000001", ct);
        var second = gate.EnterAsync("4200000001", ct).AsTask();
        var other = gate.EnterAsync("4200000002", ct).AsTask();
        await Task.Delay(200, ct);

        Assert.False(second.IsCompleted);
        Assert.True(other.IsCompleted);
        (await other).Dispose();
        first.Dispose();
        first.Dispose(); // a second dispose lets nobody else in
        var third = gate.EnterAsync("4200000001", ct).AsTask();
        (await second.WaitAsync(TimeSpan.FromSeconds(5), ct)).Dispose();
        (await third.WaitAsync(TimeSpan.FromSeconds(5), ct)).Dispose();
        Assert.Equal(0, gate.PendingTransactions);
    }

    [Fact]
    public async Task AWaiterThatGivesUp_LeavesNoTurnBehind()
    {
        var gate = new TransactionCreditGate();
        var held = await gate.EnterAsync("4200000003", TestContext.Current.CancellationToken);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await gate.EnterAsync("4200000003", cancel.Token));
        held.Dispose();

        Assert.Equal(0, gate.PendingTransactions);
    }

    [Fact]
    public void Recorded_IsRemembered_UpToTheCapacity_OldestForgottenFirst()
    {
        var gate = new TransactionCreditGate(capacity: 3);

        foreach (var id in new[] { "A", "B", "C", "B", "D" })
        {
            gate.MarkRecorded(id);
        }

        Assert.False(gate.IsRecorded("A"));
        Assert.True(gate.IsRecorded("B"));
        Assert.True(gate.IsRecorded("C"));
        Assert.True(gate.IsRecorded("D"));
        Assert.False(gate.IsRecorded("E"));
    }
}
