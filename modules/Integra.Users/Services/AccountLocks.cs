namespace Integra.Users.Services;

/// <summary>
/// An administrator's lock is a lockout that ends far in the future, so Identity refuses the sign-in like any
/// other lockout; anything beyond a year is read as such a lock rather than as failed attempts.
/// </summary>
public static class AccountLocks
{
    public static DateTimeOffset AdministratorLockEnd(DateTimeOffset now) => now.AddYears(100);

    public static bool IsAdministratorLock(DateTimeOffset? lockoutEnd, DateTimeOffset now) => lockoutEnd > now.AddYears(1);

    public static bool IsLocked(DateTimeOffset? lockoutEnd, DateTimeOffset now) => lockoutEnd > now;
}
