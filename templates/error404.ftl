<#ftl output_format="HTML" strip_whitespace=true>
<#-- The page for an address that does not exist; the service answers it with status 404. -->
<#import "/macros/layout.ftl" as layout>
<@layout.page title="Page not found" noindex=true>
<h1>Page not found</h1>
<p>There is no page at this address. If you typed it, check it is spelt correctly.</p>
<p>You can go to the <a href="/">home page</a>, <a href="/search/">search the site or see every page from A to Z</a>, or go straight to <a href="/report/">reporting bullying</a>.</p>
</@layout.page>
