using Stateless;

namespace Integra.Core.Workflow;

/// <summary>
/// A state machine declared once, which services ask whether a move is legal: where a trigger leads from a status,
/// and which triggers are open there. Each module declares its own (the engine's applications, a component's
/// beneficiaries) and keeps who may fire what, the timeline and the audit in its transitions service.
/// </summary>
public sealed class DeclaredWorkflow<TStatus, TTrigger>(Action<StateMachine<TStatus, TTrigger>> declare)
    where TStatus : struct, Enum
    where TTrigger : struct, Enum
{
    /// <summary>A machine standing at <paramref name="status"/>; firing a trigger moves it, an illegal one throws.</summary>
    public StateMachine<TStatus, TTrigger> For(TStatus status)
    {
        var machine = new StateMachine<TStatus, TTrigger>(status);
        declare(machine);
        return machine;
    }

    public bool CanFire(TStatus status, TTrigger trigger) => For(status).CanFire(trigger);

    /// <summary>The status after <paramref name="trigger"/>, or null when the move is illegal from <paramref name="status"/>.</summary>
    public TStatus? Next(TStatus status, TTrigger trigger)
    {
        var machine = For(status);
        if (!machine.CanFire(trigger))
        {
            return null;
        }

        machine.Fire(trigger);
        return machine.State;
    }

    public IReadOnlyList<TTrigger> PermittedFrom(TStatus status)
    {
        var machine = For(status);
        return [.. Enum.GetValues<TTrigger>().Where(machine.CanFire)];
    }
}
