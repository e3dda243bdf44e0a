using System.Collections.Concurrent;

namespace CellCrm.Infrastructure.Payments;

/// <summary>One app node's view of the WeChat Pay transactions it is recording: copies of one report (WeChat Pay's
/// duplicates and retries, the reconciliation query) take turns here instead of racing each other to the database,
/// and a transaction this node has seen recorded is answered from memory. Only an optimisation: across nodes the
/// unique transaction id and the link's version still make every copy but one fail its save.</summary>
public sealed class TransactionCreditGate
{
    /// <summary>How many recorded transaction ids are remembered (the oldest are forgotten first).</summary>
    public const int RememberedCapacity = 20_000;

    private readonly Dictionary<string, Turn> _turns = new(StringComparer.Ordinal);
    private readonly Lock _sync = new();
    private readonly ConcurrentDictionary<string, byte> _recorded = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _recordedOrder = new();
    private readonly int _capacity;

    public TransactionCreditGate() : this(RememberedCapacity)
    {
    }

    public TransactionCreditGate(int capacity) => _capacity = capacity;

    /// <summary>Waits until no other caller on this node is recording <paramref name="transactionId"/>; dispose the
    /// answer to let the next one in.</summary>
    public async ValueTask<IDisposable> EnterAsync(string transactionId, CancellationToken ct)
    {
        Turn turn;
        lock (_sync)
        {
            if (!_turns.TryGetValue(transactionId, out turn!))
            {
                turn = new Turn();
                _turns[transactionId] = turn;
            }

            turn.Waiting++;
        }

        try
        {
            await turn.Semaphore.WaitAsync(ct);
        }
        catch
        {
            Leave(transactionId, turn);
            throw;
        }

        return new Releaser(this, transactionId, turn);
    }

    /// <summary>Whether this node has seen <paramref name="transactionId"/> recorded (committed).</summary>
    public bool IsRecorded(string transactionId) => _recorded.ContainsKey(transactionId);

    /// <summary>Remembers a transaction whose payment is committed: later copies need no database read.</summary>
    public void MarkRecorded(string transactionId)
    {
        if (!_recorded.TryAdd(transactionId, 0))
        {
            return;
        }

        _recordedOrder.Enqueue(transactionId);
        while (_recordedOrder.Count > _capacity && _recordedOrder.TryDequeue(out var oldest))
        {
            _recorded.TryRemove(oldest, out _);
        }
    }

    /// <summary>Callers holding or waiting for a turn (for tests: no entry outlives its callers).</summary>
    public int PendingTransactions
    {
        get
        {
            lock (_sync)
            {
                return _turns.Count;
            }
        }
    }

    private void Leave(string transactionId, Turn turn)
    {
        lock (_sync)
        {
            if (--turn.Waiting == 0)
            {
                _turns.Remove(transactionId);
            }
        }
    }

    private sealed class Turn
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Waiting { get; set; }
    }

    private sealed class Releaser(TransactionCreditGate gate, string transactionId, Turn turn) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turn.Semaphore.Release();
                gate.Leave(transactionId, turn);
            }
        }
    }
}
