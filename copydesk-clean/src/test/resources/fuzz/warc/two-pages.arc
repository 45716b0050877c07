filedesc://t.arc 0.0.0.0 20240305101530 text/plain 69
1 0 Copydesk
URL IP-address Archive-date Content-type Archive-length

https://news.example/arc0 192.0.2.1 20240305101530 text/html 103
HTTP/1.1 200 OK
Content-Type: text/html; charset=utf-8

<html><body><p>Arc story 0</p></body></html>
https://news.example/arc1 192.0.2.1 20240305101530 text/html 103
HTTP/1.1 200 OK
Content-Type: text/html; charset=utf-8

<html><body><p>Arc story 1</p></body></html>
