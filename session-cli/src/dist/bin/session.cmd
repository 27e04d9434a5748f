@rem The `session` command of an installed distribution, for Windows (cmd.exe).
@rem
@rem What it does, in order (docs/cli.md "Launchers" describes the same; CI cannot run this file):
@rem  1. The distribution is the folder above this script's own folder (%~dp0..).
@rem  2. Java is %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java.exe from PATH; Java 17+.
@rem  3. On Java 19 and newer (read from %JAVA_HOME%\release), a class-data sharing archive is made by
@rem     the JVM itself in %LOCALAPPDATA%\appsim-session and used from then on (SESSION_CDS=off: none).
@rem  4. The JVM gets -Xms16m -Xmx256m, then JAVA_OPTS, then SESSION_OPTS (later options win), UTF-8 for file
@rem     contents and output, and its log lines on stderr, never on stdout.
@rem  5. Every argument is passed on unchanged (%*) and the exit status is java's.
@rem File names need no setting on Windows: Java reads and writes them through the UTF-16 API.
@rem Paths are only expanded inside quotes or outside ( ) blocks: "C:\Program Files (x86)" would
@rem otherwise end a block early, so errors jump to labels.
@echo off
setlocal DisableDelayedExpansion

set "SESSION_HOME=%~dp0.."
set "SESSION_JAR=%SESSION_HOME%\lib\session-cli.jar"
if not exist "%SESSION_JAR%" goto noJar

set "JAVA_EXE=java.exe"
if not defined JAVA_HOME goto javaFromPath
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not exist "%JAVA_EXE%" goto badJavaHome
goto cds

:javaFromPath
where /q java.exe
if errorlevel 1 goto noJava

:cds
set "CDS_OPTS="
set "JAVA_MAJOR="
if /i "%SESSION_CDS%"=="off" goto run
if not defined JAVA_HOME goto run
if not defined LOCALAPPDATA goto run
if not exist "%JAVA_HOME%\release" goto run
rem JAVA_VERSION="17.0.15" gives "17; "1.8.0_402" gives "1 (too old for AutoCreateSharedArchive).
for /f "usebackq tokens=2 delims==." %%v in (`findstr /b "JAVA_VERSION=" "%JAVA_HOME%\release"`) do set "JAVA_MAJOR=%%~v"
set "JAVA_MAJOR=%JAVA_MAJOR:"=%"
if "%JAVA_MAJOR%"=="" goto run
if %JAVA_MAJOR% LSS 19 goto run
if not exist "%LOCALAPPDATA%\appsim-session" mkdir "%LOCALAPPDATA%\appsim-session" 2>nul
set "CDS_OPTS=-XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=%LOCALAPPDATA%\appsim-session\session-java%JAVA_MAJOR%.jsa""

:run
"%JAVA_EXE%" -Xms16m -Xmx256m -Xlog:disable -Xlog:all=warning,cds*=off:stderr %CDS_OPTS% ^
  -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 ^
  %JAVA_OPTS% %SESSION_OPTS% -cp "%SESSION_JAR%" dev.appsim.session.cli.Main %*
exit /b %ERRORLEVEL%

:noJar
echo session: "%SESSION_JAR%" is missing; the installation in "%SESSION_HOME%" is incomplete, unpack the distribution again 1>&2
exit /b 1

:badJavaHome
echo session: JAVA_HOME is "%JAVA_HOME%", which has no bin\java.exe; point it at a Java 17 or newer runtime, or unset it to use the java on PATH 1>&2
exit /b 1

:noJava
echo session: no java found: install a Java 17 or newer runtime and put it on PATH, or set JAVA_HOME 1>&2
exit /b 1
