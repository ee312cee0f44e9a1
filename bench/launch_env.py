"""Prints the environment of the launch profile that `dotnet run --project generator` applies
(generator/Properties/launchSettings.json), as VAR=VALUE words for env(1), so that bench/ runs the published CLI
as the README's command runs the program."""
import json
import pathlib

settings = pathlib.Path(__file__).resolve().parent.parent / "generator" / "Properties" / "launchSettings.json"
profile = json.loads(settings.read_text())["profiles"]["guidance"]
print(" ".join(f"{name}={value}" for name, value in profile.get("environmentVariables", {}).items()))
