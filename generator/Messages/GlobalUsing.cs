// Every layer prints through the message table (Say), so it is imported everywhere.
global using Guidance.Messages;
