"""An SMTP server for the tests that refuses some recipients (issue 19.5), started by
`SmtpSink::start_refusing`: addresses beginning with "unbekannt" get 550 (permanent), those
beginning with "spaeter" get 451 (temporary); every other e-mail is stored in the maildir given as
the argument, as aiosmtpd's Mailbox handler does."""

from aiosmtpd.handlers import Mailbox


class Refusing(Mailbox):
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("unbekannt"):
            return "550 5.1.1 Mailbox unbekannt"
        if address.startswith("spaeter"):
            return "451 4.7.1 Bitte spaeter erneut versuchen"
        envelope.rcpt_tos.append(address)
        return "250 OK"
