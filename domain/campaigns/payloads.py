"""The requests channel providers take, built from a rendered message and a member's
addresses (pure): SMS by template code and parameters under an approved signature, a WeChat
subscribe message to the openid the configured mini-program issued, an app push to a device
token, an e-mail, and an inbox entry. A member without the channel's address is unreachable."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from domain.members.reach import Contact


@dataclass(frozen=True)
class MessageSetting:
    """A campaign's message: channel, body template and the channel's extras."""

    channel: str
    body: str
    title: str = ""
    template_code: str = ""
    link: str = ""

    @classmethod
    def from_json(cls, setting: Mapping[str, Any], body: str | None = None) -> MessageSetting:
        """Read a stored message; `body` (a variant's own) replaces the campaign's."""
        return cls(
            channel=str(setting.get("channel", "")),
            body=body or str(setting.get("body", "")),
            title=str(setting.get("title") or ""),
            template_code=str(setting.get("templateCode") or ""),
            link=str(setting.get("link") or ""),
        )


@dataclass(frozen=True)
class Sender:
    """Who the messages come from: the SMS signature and the WeChat mini-program's app id."""

    sms_signature: str = ""
    wechat_app_id: str = ""


def build(
    message: MessageSetting,
    contact: Contact,
    text: str,
    params: Mapping[str, str],
    sender: Sender,
) -> dict[str, Any] | None:
    """The provider request for one member, or None when the member has no address on the
    channel. `text` is the rendered body, `params` the template variables' rendered values."""
    channel = message.channel
    if channel == "SMS":
        if not contact.phone:
            return None
        return {
            "phone": contact.phone,
            "signName": sender.sms_signature,
            "templateCode": message.template_code,
            "templateParam": dict(params),
        }
    if channel == "WECHAT":
        openid = contact.openids.get(sender.wechat_app_id) if sender.wechat_app_id else None
        if not openid:
            return None
        return {
            "appId": sender.wechat_app_id,
            "touser": openid,
            "template_id": message.template_code,
            "page": message.link,
            "data": {name: {"value": value} for name, value in params.items()},
        }
    if channel == "PUSH":
        if not contact.push_token:
            return None
        return {
            "deviceToken": contact.push_token,
            "title": message.title,
            "body": text,
            "deepLink": message.link,
        }
    if channel == "EMAIL":
        if not contact.email:
            return None
        return {"to": contact.email, "subject": message.title, "text": text}
    if channel == "INBOX":
        return {
            "memberId": contact.member_id,
            "title": message.title,
            "body": text,
            "link": message.link,
        }
    return {"memberId": contact.member_id, "body": text}
