#!/usr/bin/env pwsh
# Integra build script (PowerShell 7). Usage:
#   dotnet pwsh ./build.ps1 [command] [args...]
#
#   test   (default) install missing test prerequisites (root on Linux only), start a
#          throwaway PostgreSQL cluster, build once, run every test project in tests/
#          and finish with exactly one line: "N passed, N failed[, N skipped]".
#   run    dotnet run --project src/Integra.Web <args...>
#   bench  dotnet run -c Release --project tests/Integra.Benchmarks -- <args...>
#   build  dotnet build Integra.sln -c Release <args...>
#
# There is deliberately no param() block: PowerShell would try to bind things like
# "-c" or swallow "--" that are meant for dotnet, so all arguments are read from
# $args and passed through verbatim.

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'
# Native exit codes are checked by hand, so a failing tool never throws by itself.
$PSNativeCommandUseErrorActionPreference = $false

$RepoRoot = $PSScriptRoot
$Solution = Join-Path $RepoRoot 'Integra.sln'
$ResultsDir = Join-Path $RepoRoot 'artifacts/test-results'
$ChromiumPath = '/usr/bin/chromium'
$IsRoot = $IsLinux -and [Environment]::IsPrivilegedProcess

# Native commands inherit the PowerShell location as their working directory.
Set-Location $RepoRoot

# ---------------------------------------------------------------- helpers

function Write-Step([string] $Message) {
    Write-Host "==> $Message" -ForegroundColor Cyan
}

# Native output is piped to Out-Host in functions so it streams to the console
# instead of becoming the function's return value.

# Runs a native command and throws if it exits non-zero.
function Invoke-Checked([string] $Exe, [string[]] $Arguments) {
    & $Exe @Arguments | Out-Host
    if ($LASTEXITCODE -ne 0) {
        throw "'$Exe $($Arguments -join ' ')' failed with exit code $LASTEXITCODE"
    }
}

# initdb/pg_ctl refuse to run as root, so as root they run as the 'postgres' user.
function Invoke-AsPostgres([string] $Exe, [string[]] $Arguments) {
    if ($IsRoot) {
        & runuser -u postgres -- $Exe @Arguments | Out-Host
    }
    else {
        & $Exe @Arguments | Out-Host
    }
    return $LASTEXITCODE
}

# Returns @{ InitDb; PgCtl } from one directory (never mix versions), or $null.
function Find-PostgresBin {
    $candidates = [System.Collections.Generic.List[string]]::new()
    # 1. Whatever is on PATH (e.g. a developer's own install, or symlinks).
    $onPath = Get-Command initdb -CommandType Application -ErrorAction SilentlyContinue |
        Select-Object -First 1
    if ($onPath) {
        $target = (Get-Item $onPath.Source).ResolvedTarget  # follow symlinks to the real bin dir
        $candidates.Add((Split-Path -Parent ($target ?? $onPath.Source)))
    }
    # 2. Debian keeps server binaries off PATH in /usr/lib/postgresql/<major>/bin; newest first.
    Get-Item /usr/lib/postgresql/*/bin -ErrorAction SilentlyContinue |
        Sort-Object { [int]($_.Parent.Name -replace '\D', '') } -Descending |
        ForEach-Object { $candidates.Add($_.FullName) }

    foreach ($dir in $candidates) {
        $initdb = Join-Path $dir 'initdb'
        $pgctl = Join-Path $dir 'pg_ctl'
        if ((Test-Path $initdb -PathType Leaf) -and (Test-Path $pgctl -PathType Leaf)) {
            return @{ InitDb = $initdb; PgCtl = $pgctl }
        }
    }
    return $null
}

# ---------------------------------------------------------------- test prerequisites

function Get-MissingPrerequisites {
    $missing = @()
    if (-not (Test-Path $ChromiumPath -PathType Leaf)) { $missing += "chromium ($ChromiumPath)" }
    if (-not (Find-PostgresBin)) { $missing += 'PostgreSQL server binaries (initdb, pg_ctl)' }
    return $missing
}

# Tests are never skipped for lack of tools: install them (root) or fail loudly.
function Install-TestPrerequisites {
    $missing = @(Get-MissingPrerequisites)
    if ($missing.Count -eq 0) { return }

    if (-not $IsRoot -or -not (Get-Command apt-get -ErrorAction SilentlyContinue)) {
        throw ("Missing test prerequisites: $($missing -join '; '). " +
            'Install them (Debian: apt-get install -y chromium postgresql) or run this script as root on Debian/Ubuntu so it can install them.')
    }

    $env:DEBIAN_FRONTEND = 'noninteractive'
    # Another apt process (e.g. a provisioning step) may hold the lock; wait instead of failing.
    $apt = @('-o', 'DPkg::Lock::Timeout=600')
    Write-Step "Installing missing test prerequisites: $($missing -join '; ')"
    Invoke-Checked apt-get ($apt + 'update')
    if (-not (Test-Path $ChromiumPath -PathType Leaf)) {
        Invoke-Checked apt-get ($apt + 'install', '-y', 'chromium')
    }
    if (-not (Find-PostgresBin)) {
        Invoke-Checked apt-get ($apt + 'install', '-y', 'postgresql')
    }

    $missing = @(Get-MissingPrerequisites)
    if ($missing.Count -gt 0) {
        throw "Still missing after apt-get install: $($missing -join '; ')"
    }
}

# ---------------------------------------------------------------- throwaway PostgreSQL

$script:Pg = $null

function Get-FreeTcpPort {
    # Port 0 lets the OS pick a free port; release it straight away for postgres.
    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $listener.Start()
    try { return $listener.LocalEndpoint.Port } finally { $listener.Stop() }
}

function Get-LogTail([string] $Path) {
    if (Test-Path $Path) { return (Get-Content $Path -Tail 20) -join [Environment]::NewLine }
    return '(no log file)'
}

function Start-TestPostgres {
    $bin = Find-PostgresBin
    $dir = [System.IO.Directory]::CreateTempSubdirectory('integra-pg-').FullName
    # Record state before anything can fail, so Stop-TestPostgres always cleans up.
    $script:Pg = [pscustomobject]@{
        Bin = $bin; Dir = $dir
        Data = Join-Path $dir 'data'; Log = Join-Path $dir 'postgres.log'
        Port = 0; WatchdogPid = 0
    }
    Write-Step "Starting throwaway PostgreSQL in $dir"
    if ($IsRoot) { Invoke-Checked chown @('postgres:postgres', $dir) }
    Start-PostgresWatchdog

    # Run from inside the temp dir: the postgres user may not be able to read the repo dir.
    Push-Location $dir
    try {
        # C.UTF-8 is preferred; fall back to plain C where that locale does not exist.
        $initOk = $false
        foreach ($locale in 'C.UTF-8', 'C') {
            $code = Invoke-AsPostgres $bin.InitDb @('-D', $script:Pg.Data, '-A', 'trust', '-U', 'postgres',
                '--encoding=UTF8', "--locale=$locale", '--no-sync')
            if ($code -eq 0) { $initOk = $true; break }
            Write-Warning "initdb with locale $locale failed (exit $code)"
            Remove-Item -Recurse -Force $script:Pg.Data -ErrorAction SilentlyContinue
        }
        if (-not $initOk) { throw 'initdb failed' }

        # The free port can be taken between probing and binding, so retry a few times.
        for ($attempt = 1; $attempt -le 3; $attempt++) {
            $port = Get-FreeTcpPort
            $opts = "-p $port -k '$dir' -h 127.0.0.1 -c fsync=off -c max_connections=200"
            $code = Invoke-AsPostgres $bin.PgCtl @('-D', $script:Pg.Data, '-l', $script:Pg.Log,
                '-o', $opts, '-t', '60', '-w', 'start')
            if ($code -eq 0) { $script:Pg.Port = $port; break }
            Write-Warning "pg_ctl start on port $port failed (exit $code), attempt $attempt of 3:`n$(Get-LogTail $script:Pg.Log)"
        }
        if ($script:Pg.Port -eq 0) { throw "Could not start PostgreSQL, see log above ($($script:Pg.Log))" }
    }
    finally {
        Pop-Location
    }

    # Tests create their own databases from this server-level connection string.
    $env:INTEGRA_TEST_POSTGRES = "Host=127.0.0.1;Port=$($script:Pg.Port);Username=postgres;Password=postgres;Database=postgres"
    Write-Step "PostgreSQL listening on 127.0.0.1:$($script:Pg.Port)"
}

# try/finally does not run if pwsh itself is killed (CI cancel sends SIGTERM/SIGKILL), so a
# detached shell waits for this pwsh process to exit and then stops the cluster (if it got
# as far as starting) and deletes the folder. After a normal run Stop-TestPostgres kills it.
function Start-PostgresWatchdog {
    if (-not $IsLinux -or -not (Get-Command setsid -ErrorAction SilentlyContinue)) { return }
    $pg = $script:Pg
    $stop = @($pg.Bin.PgCtl, '-D', $pg.Data, '-m', 'immediate', '-w', 'stop')
    if ($IsRoot) { $stop = @('runuser', '-u', 'postgres', '--') + $stop }
    $watch = 'while kill -0 "$1" 2>/dev/null; do sleep 1; done; ' +
        'if [ -f "$2/data/postmaster.pid" ]; then (cd "$2" && "${@:3}"); fi; rm -rf "$2"'
    # setsid + /dev/null: own session (survives a process-group kill), holds no CI output pipe.
    $launcher = 'setsid bash -c "$0" watchdog "$@" </dev/null >/dev/null 2>&1 & echo $!'
    $script:Pg.WatchdogPid = [int](& bash -c $launcher $watch $PID $pg.Dir @stop)
}

# Safe to call at any point: stops the server if it runs and deletes the folder.
function Stop-TestPostgres {
    $pg = $script:Pg
    if (-not $pg) { return }
    $script:Pg = $null
    $pidFile = Join-Path $pg.Data 'postmaster.pid'
    if (Test-Path $pidFile) {
        Write-Step 'Stopping throwaway PostgreSQL'
        Push-Location $pg.Dir
        try {
            # Immediate mode: the data is thrown away anyway.
            $code = Invoke-AsPostgres $pg.Bin.PgCtl @('-D', $pg.Data, '-m', 'immediate', '-t', '60', '-w', 'stop')
        }
        finally { Pop-Location }
        if ($code -ne 0 -and (Test-Path $pidFile)) {
            # Last resort: kill the postmaster we started, by the PID it recorded.
            $serverPid = [int](Get-Content $pidFile -TotalCount 1)
            Write-Warning "pg_ctl stop failed (exit $code); killing postmaster PID $serverPid"
            Stop-Process -Id $serverPid -Force -ErrorAction SilentlyContinue
            Start-Sleep -Seconds 1
        }
    }
    Remove-Item -Recurse -Force $pg.Dir -ErrorAction SilentlyContinue
    if (Test-Path $pg.Dir) { Write-Warning "Could not delete $($pg.Dir)" }
    # Cleanup is done; the watchdog (started by us, killed by its PID) is no longer needed.
    if ($pg.WatchdogPid) { Stop-Process -Id $pg.WatchdogPid -ErrorAction SilentlyContinue }
}

# ---------------------------------------------------------------- test run

# Test projects are the csproj files under tests/ that reference the VSTest SDK.
function Get-TestProjects {
    Get-ChildItem -Path (Join-Path $RepoRoot 'tests/*/*.csproj') -ErrorAction SilentlyContinue |
        Where-Object { Select-String -Path $_.FullName -Pattern 'Microsoft.NET.Test.Sdk' -SimpleMatch -Quiet } |
        Sort-Object Name
}

function New-Result([string] $Name, [int] $Passed, [int] $Failed, [int] $Skipped, [string] $Note) {
    [pscustomobject]@{ Name = $Name; Passed = $Passed; Failed = $Failed; Skipped = $Skipped; Note = $Note }
}

# Reads TestRun/ResultSummary/Counters from a TRX; a missing/broken TRX counts as 1 failure.
function Read-TrxResult([string] $Name, [string] $TrxPath, [int] $ExitCode) {
    if (-not (Test-Path $TrxPath)) {
        return New-Result $Name 0 1 0 "no TRX written (test host crashed, project not built, or bad project?); dotnet test exit code $ExitCode"
    }
    try {
        $counters = ([xml](Get-Content -Raw $TrxPath)).TestRun.ResultSummary.Counters
        $n = { param($attr) if ($counters.HasAttribute($attr)) { [int]$counters.GetAttribute($attr) } else { 0 } }
        $passed = & $n 'passed'
        $failed = (& $n 'failed') + (& $n 'error') + (& $n 'timeout') + (& $n 'aborted')
        # VSTest's TRX logger gives skipped tests the outcome NotExecuted but leaves the
        # notExecuted counter at 0; they only show up as total - executed.
        $skipped = [Math]::Max((& $n 'notExecuted'), (& $n 'total') - (& $n 'executed'))
    }
    catch {
        return New-Result $Name 0 1 0 "crashed: unreadable TRX $TrxPath ($($_.Exception.Message))"
    }
    if ($ExitCode -ne 0 -and $failed -eq 0) {
        # E.g. the test host died after some tests passed: do not let that look green.
        return New-Result $Name $passed 1 $skipped "dotnet test exited with code $ExitCode but the TRX records no failure (aborted run?)"
    }
    return New-Result $Name $passed $failed $skipped $null
}

function Invoke-TestProjects($Results) {
    $projects = @(Get-TestProjects)
    if ($projects.Count -eq 0) { throw 'No test projects (tests/*/*.csproj referencing Microsoft.NET.Test.Sdk) found' }

    # One build for everything; the test runs below use --no-build.
    Write-Step "dotnet build $(Split-Path -Leaf $Solution) -c Release"
    & dotnet build $Solution -c Release | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "dotnet build failed with exit code $LASTEXITCODE" }

    # Sequential on purpose (2-core CI box); a failing project does not stop the others.
    foreach ($project in $projects) {
        $name = $project.BaseName
        Write-Step "dotnet test $name"
        & dotnet test $project.FullName -c Release --no-build `
            --logger "trx;LogFileName=$name.trx" --results-directory $ResultsDir | Out-Host
        $Results.Add((Read-TrxResult $name (Join-Path $ResultsDir "$name.trx") $LASTEXITCODE))
    }
}

function Invoke-Test {
    $results = [System.Collections.Generic.List[object]]::new()

    # Stale TRX files from an earlier run must not be counted.
    Remove-Item -Recurse -Force $ResultsDir -ErrorAction SilentlyContinue
    New-Item -ItemType Directory -Force $ResultsDir | Out-Null

    try {
        Install-TestPrerequisites
        Start-TestPostgres
        $env:INTEGRA_CHROMIUM = $ChromiumPath
        Invoke-TestProjects $results
    }
    catch {
        # Infrastructure failures (prerequisites, PostgreSQL, build) count as one failure.
        Write-Host "ERROR: $($_.Exception.Message)" -ForegroundColor Red
        $results.Add((New-Result 'setup/build' 0 1 0 $_.Exception.Message))
    }
    finally {
        Stop-TestPostgres
    }

    $passed = ($results | Measure-Object Passed -Sum).Sum
    $failed = ($results | Measure-Object Failed -Sum).Sum
    $skipped = ($results | Measure-Object Skipped -Sum).Sum

    Write-Host ''
    Write-Host 'Test summary:'
    foreach ($r in $results) {
        $line = "  $($r.Name): $($r.Passed) passed, $($r.Failed) failed, $($r.Skipped) skipped"
        if ($r.Note) { $line += " -- $($r.Note)" }
        Write-Host $line
    }
    if ($passed + $failed -eq 0) { Write-Host 'ERROR: no tests ran' -ForegroundColor Red }

    # Must stay the very last line of output.
    $closing = "$passed passed, $failed failed"
    if ($skipped -gt 0) { $closing += ", $skipped skipped" }
    Write-Host $closing

    if ($failed -gt 0 -or $passed + $failed -eq 0) { return 1 }
    return 0
}

# ---------------------------------------------------------------- dispatch

$command = if ($args.Count -gt 0) { $args[0] } else { 'test' }
$rest = @($args | Select-Object -Skip 1)

switch ($command) {
    'test' {
        exit (Invoke-Test)
    }
    'run' {
        & dotnet run --project src/Integra.Web @rest
        exit $LASTEXITCODE
    }
    'bench' {
        & dotnet run -c Release --project tests/Integra.Benchmarks -- @rest
        exit $LASTEXITCODE
    }
    'build' {
        & dotnet build $Solution -c Release @rest
        exit $LASTEXITCODE
    }
    default {
        Write-Host "Unknown command '$command'. Usage: dotnet pwsh ./build.ps1 [test|run|bench|build] [args...]" -ForegroundColor Red
        exit 2
    }
}
