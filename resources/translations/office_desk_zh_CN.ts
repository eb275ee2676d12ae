<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>About Office Desk</source>
        <translation>关于 Office Desk</translation>
    </message>
    <message>
        <source>One desk for an overseas contact-office network: offices, contacts, organizations, projects and events, on your own computer, online or not.</source>
        <translation>海外联络处网络的一站式工作台：联络处、联系人、机构、项目和活动，都保存在您自己的电脑上，联网与否均可使用。</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>The list of licences is missing from this installation ({file}).</source>
        <translation>此安装中缺少许可证列表（{file}）。</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy Version Details</source>
        <translation>复制版本详情(&amp;C)</translation>
    </message>
    <message>
        <source>For a message to whoever looks after Office Desk</source>
        <translation>用于发送给 Office Desk 维护人员的消息</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database cannot be opened.

{error}</source>
        <translation>无法打开数据库。

{error}</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Office Desk</source>
        <extracomment>One worker for database work, so writes never race each other.
----------
The backup made by :meth:`backup_first`, once the write ran.</extracomment>
        <translation>Office Desk</translation>
    </message>
    <message>
        <source>{label} failed.

{error}</source>
        <translation>{label}失败。

{error}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{label}
Stopping…</source>
        <translation>{label}
正在停止…</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>{path}: one of the two files is encrypted and the other is not; encrypt or decrypt the file first (Settings, or office-desk encrypt/decrypt), then restore</source>
        <extracomment>The record kinds counted in a backup, with their tables. Reasons a backup is made for (besides ``before-schema-upgrade-from-&lt;revision&gt;``). A backup stamped up to this far in the future still counts as recent (the clock went back an hour at the end of summer time); one stamped further ahead is ignored when deciding whether a daily backup is due (the clock was wrong when it was made). When it was made (local time, from its name). Why: ``&quot;daily&quot;``, ``&quot;on-close&quot;``, ``&quot;before-import&quot;``... (without a copy number). The file&apos;s size in bytes. Live (not deleted) records by kind (:data:`KINDS`); a kind whose table the backup&apos;s schema lacks is left out. Empty when ``problem`` is set. Why the backup cannot be restored (damaged, not Office Desk...); &quot;&quot; when it can. The backup&apos;s schema revision (None when unknown).</extracomment>
        <translation>{path}：两个文件中一个已加密、另一个未加密；请先加密或解密该文件（在“设置”中，或使用 office-desk encrypt/decrypt），然后再恢复</translation>
    </message>
    <message>
        <source>{path}: already exists</source>
        <translation>{path}：已存在</translation>
    </message>
    <message>
        <source>{path}: the copy failed its integrity check</source>
        <translation>{path}：副本未通过完整性检查</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>Not an SQLite database file.</source>
        <translation>不是 SQLite 数据库文件。</translation>
    </message>
    <message>
        <source>The file is damaged ({reason}).</source>
        <translation>文件已损坏（{reason}）。</translation>
    </message>
    <message>
        <source>An SQLite database, but not an Office Desk file.</source>
        <translation>是 SQLite 数据库，但不是 Office Desk 文件。</translation>
    </message>
    <message>
        <source>Made by a newer version of Office Desk (schema {revision}).</source>
        <translation>由较新版本的 Office Desk 创建（架构 {revision}）。</translation>
    </message>
    <message>
        <source>It holds database objects that are not Office Desk&apos;s own ({objects}); restoring it would bring them back.</source>
        <translation>其中含有不属于 Office Desk 的数据库对象（{objects}）；恢复它会把这些对象带回来。</translation>
    </message>
    <message>
        <source>The file is in use by another program.</source>
        <translation>文件正被其他程序使用。</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}).</source>
        <translation>无法读取文件（{reason}）。</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}：文件不存在</translation>
    </message>
    <message>
        <source>{path}: the database holds objects that are not Office Desk&apos;s own: {objects}. No backup was made (a copy would carry them on); open the file in the Office Desk app to review and remove them first</source>
        <translation>{path}：数据库中含有不属于 Office Desk 的对象：{objects}。未创建备份（副本会把它们一并带走）；请先在 Office Desk 应用中打开该文件，检查并移除这些对象</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>No amount</source>
        <extracomment>(column, card, border) colours from the window&apos;s palette, set by the column.</extracomment>
        <translation>无金额</translation>
    </message>
    <message>
        <source>No office</source>
        <translation>无联络处</translation>
    </message>
</context>
<context>
    <name>CardListView</name>
    <message>
        <source>Drop here</source>
        <translation>拖放到此处</translation>
    </message>
    <message>
        <source>No projects</source>
        <translation>无项目</translation>
    </message>
</context>
<context>
    <name>ConflictListDialog</name>
    <message>
        <source>Changed on both sides</source>
        <extracomment>The kind of record each record table holds (&quot;contact&quot; for its table). Why a conflict is listed, in a word (the list) and in a sentence (beside the values).</extracomment>
        <translation>双方均已修改</translation>
    </message>
    <message>
        <source>Both sides changed this field before syncing; the later edit was kept.</source>
        <translation>双方在同步前都修改了此字段；保留了较晚的修改。</translation>
    </message>
    <message>
        <source>Deleted on one side</source>
        <translation>一方已删除</translation>
    </message>
    <message>
        <source>The record was deleted on one side while it was changed on the other.</source>
        <translation>该记录在一方被删除，同时在另一方被修改。</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <source>The server refused this edit: your office may not change this record. Ask its office to make the change.</source>
        <translation>服务器拒绝了此修改：您的办事处无权更改此记录。请联系其所属办事处进行修改。</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Kept (in the file now)</source>
        <translation>已保留（当前文件中的值）</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>另一个值</translation>
    </message>
    <message>
        <source>&amp;Take Other Value</source>
        <translation>采用另一个值(&amp;T)</translation>
    </message>
    <message>
        <source>Keep the value in place; the conflict is closed</source>
        <translation>保留当前值；冲突随即关闭</translation>
    </message>
    <message>
        <source>Put the other value in place: an edit of yours, synced like any other</source>
        <translation>改用另一个值：这是您的一次修改，会像其他修改一样同步</translation>
    </message>
    <message>
        <source>&amp;Show Record</source>
        <translation>显示记录(&amp;S)</translation>
    </message>
    <message>
        <source>No conflicts: every edit of the team is in place.</source>
        <translation>没有冲突：团队的每次修改都已生效。</translation>
    </message>
    <message>
        <source>One edit could not be kept beside another. Compare the two values, then keep the one in place or take the other.</source>
        <translation>有一处修改无法与另一处修改并存。请比较两个值，然后保留当前值或采用另一个值。</translation>
    </message>
    <message>
        <source>{count} edits could not be kept beside others. Compare the two values, then keep the one in place or take the other.</source>
        <translation>有 {count} 处修改无法与其他修改并存。请比较两个值，然后保留当前值或采用另一个值。</translation>
    </message>
    <message>
        <source>by {user} on {date}</source>
        <translation>由 {user} 于 {date}</translation>
    </message>
    <message>
        <source>by {user}</source>
        <translation>由 {user}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>于 {date}</translation>
    </message>
    <message>
        <source>The conflict is still open.

{error}</source>
        <translation>冲突仍未解决。

{error}</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a Team Server</source>
        <extracomment>What an address looks like (placeholder of the address field).</extracomment>
        <translation>连接到团队服务器</translation>
    </message>
    <message>
        <source>Your team&apos;s server keeps one shared copy of the network. Office Desk keeps working without it and syncs whenever it can reach it. Your administrator gives you the address, your user name and a password.</source>
        <extracomment>The office of the account, once the server accepted it.</extracomment>
        <translation>团队服务器保存整个网络的一份共享副本。没有服务器时 Office Desk 照常工作，一旦能连接便会同步。服务器地址、用户名和密码由管理员提供。</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>正在连接 {server}…</translation>
    </message>
    <message>
        <source>Connecting to the team server…</source>
        <translation>正在连接团队服务器…</translation>
    </message>
    <message>
        <source>Signed in as {user} ({office}). Press Connect to sync with the server.</source>
        <translation>已以 {user}（{office}）身份登录。点击“连接”与服务器同步。</translation>
    </message>
    <message>
        <source>Signed in as {user}. Press Connect to sync with the server.</source>
        <translation>已以 {user} 身份登录。点击“连接”与服务器同步。</translation>
    </message>
    <message>
        <source>Could not connect: {error}</source>
        <translation>无法连接：{error}</translation>
    </message>
</context>
<context>
    <name>CoordinatesField</name>
    <message>
        <source>latitude, e.g. 51.0504</source>
        <translation>纬度，例如 51.0504</translation>
    </message>
    <message>
        <source>longitude, e.g. 13.7373</source>
        <translation>经度，例如 13.7373</translation>
    </message>
    <message>
        <source>Look the city up in the built-in list of places (works offline)</source>
        <translation>在内置地点列表中查找城市（离线可用）</translation>
    </message>
    <message>
        <source>Place it by clicking the map</source>
        <translation>在地图上点击放置</translation>
    </message>
</context>
<context>
    <name>CountryField</name>
    <message>
        <source>“{text}” is not a country in the list</source>
        <translation>“{text}”不在国家列表中</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>Office Desk</source>
        <extracomment>Files handed over before anything could open them (at launch).</extracomment>
        <translation>Office Desk</translation>
    </message>
    <message>
        <source>Office Desk closed unexpectedly the last time it ran.</source>
        <translation>Office Desk 上次运行时意外关闭。</translation>
    </message>
    <message>
        <source>Your data is safe: every change is saved whole or not at all. A report of where it stopped was kept; copying it into a message to your support helps to fix it.

Reports are kept in {folder}</source>
        <translation>您的数据是安全的：每项更改要么完整保存，要么完全不保存。程序已保留一份记录其停止位置的报告；将其复制到发给技术支持的消息中，有助于修复问题。

报告保存在 {folder}</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
</context>
<context>
    <name>DataExchange</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>CSV table for German Excel, semicolons (*.csv)</source>
        <translation>适用于德文版 Excel 的 CSV 表格，以分号分隔 (*.csv)</translation>
    </message>
    <message>
        <source>{what} failed.

{error}</source>
        <translation>{what}失败。

{error}</translation>
    </message>
    <message>
        <source>Writing {done} of {total}…</source>
        <translation>正在写入第 {done} 项，共 {total} 项…</translation>
    </message>
    <message>
        <source>Exporting {what}…</source>
        <translation>正在导出{what}…</translation>
    </message>
    <message>
        <source>The export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The Contacts list is empty.</source>
        <translation>联系人列表为空。</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export {what}</source>
        <translation>导出{what}</translation>
    </message>
    <message>
        <source>Office Desk package (*.zip *.json *.sealed)</source>
        <translation>Office Desk 数据包 (*.zip *.json *.sealed)</translation>
    </message>
    <message>
        <source>Sealed Office Desk package (*.sealed)</source>
        <translation>Office Desk 密封数据包 (*.sealed)</translation>
    </message>
    <message>
        <source>Exported {what} to {path}</source>
        <translation>已将{what}导出到 {path}</translation>
    </message>
    <message>
        <source>Export {what} as vCards</source>
        <translation>将{what}导出为 vCard</translation>
    </message>
    <message>
        <source>Export {what} as a calendar</source>
        <translation>将{what}导出为日历</translation>
    </message>
    <message>
        <source>The Events list is empty.</source>
        <translation>活动列表为空。</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export a package for another office</source>
        <translation>为其他联络处导出数据包</translation>
    </message>
    <message>
        <source>Saved the package, sealed to {offices}, to {path}</source>
        <translation>数据包已为 {offices} 密封，并保存到 {path}</translation>
    </message>
    <message>
        <source>Headquarters ({hq}) has no key here, so it cannot open this package. Import its office key in Settings, Package keys.</source>
        <translation>本机没有总部（{hq}）的密钥，因此总部无法打开此数据包。请在“设置”的“数据包密钥”中导入总部的联络处密钥。</translation>
    </message>
    <message>
        <source>Exporting the package…</source>
        <translation>正在导出数据包…</translation>
    </message>
    <message>
        <source>Saved the package to {path}</source>
        <translation>数据包已保存到 {path}</translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Reading the package…</source>
        <translation>正在读取数据包…</translation>
    </message>
    <message>
        <source>Reading the package</source>
        <translation>读取数据包</translation>
    </message>
    <message>
        <source>Package refused</source>
        <translation>数据包被拒绝</translation>
    </message>
    <message>
        <source>Merging {done} of {total}…</source>
        <translation>正在合并第 {done} 项，共 {total} 项…</translation>
    </message>
    <message>
        <source>Merged {file}.</source>
        <translation>已合并 {file}。</translation>
    </message>
    <message>
        <source>Merging the package…</source>
        <translation>正在合并数据包…</translation>
    </message>
    <message>
        <source>The merge</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path}: no such file</source>
        <extracomment>One criterion per table: ``all_mappers`` misses entities named only in select_from(). Opened with ``mode=ro``: every write fails (see :func:`open_store`). Every row of the file&apos;s sqlite_master.</extracomment>
        <translation>{path}：文件不存在</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a database file</source>
        <translation>{path}：这是一个文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>{path}: the file is empty, not an Office Desk database</source>
        <translation>{path}：文件为空，不是 Office Desk 数据库</translation>
    </message>
    <message>
        <source>{path}: not an Office Desk database (not an SQLite file)</source>
        <translation>{path}：不是 Office Desk 数据库（不是 SQLite 文件）</translation>
    </message>
    <message>
        <source>{path}: the file is read-only; Office Desk needs to write to it (make it writable, or copy it to a writable folder)</source>
        <translation>{path}：文件为只读；Office Desk 需要写入该文件（请将其设为可写，或复制到可写的文件夹中）</translation>
    </message>
    <message>
        <source>{path}: its folder is read-only; SQLite needs to write its journal beside it (move the file to a writable folder)</source>
        <translation>{path}：所在文件夹为只读；SQLite 需要在其旁边写入日志文件（请将文件移至可写的文件夹中）</translation>
    </message>
    <message>
        <source>{path}: cannot open ({reason})</source>
        <translation>{path}：无法打开（{reason}）</translation>
    </message>
    <message>
        <source>{path}: the file is locked by another program; close it there and try again</source>
        <translation>{path}：文件被其他程序锁定；请在该程序中关闭文件后重试</translation>
    </message>
    <message>
        <source>{path}: the file is damaged ({reason})</source>
        <translation>{path}：文件已损坏（{reason}）</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>未知问题</translation>
    </message>
    <message>
        <source>{path}: the file is damaged (integrity check: {problem})</source>
        <translation>{path}：文件已损坏（完整性检查：{problem}）</translation>
    </message>
    <message>
        <source>{path}: no such database (create one with &apos;office-desk sample {path}&apos;)</source>
        <translation>{path}：数据库不存在（可使用“office-desk sample {path}”创建一个）</translation>
    </message>
    <message>
        <source>{path}: an SQLite database, but not an Office Desk file</source>
        <translation>{path}：这是 SQLite 数据库，但不是 Office Desk 文件</translation>
    </message>
    <message>
        <source>{path}: made by a newer version of Office Desk (schema {revision}); update Office Desk to open it</source>
        <translation>{path}：由较新版本的 Office Desk 创建（架构版本 {revision}）；请更新 Office Desk 后再打开</translation>
    </message>
    <message>
        <source>{path}: made by another version of Office Desk (schema {revision}); it can only be opened read-only once it has been upgraded</source>
        <translation>{path}：由其他版本的 Office Desk 创建（架构 {revision}）；升级后才能以只读方式打开</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>no date, or e.g. {example}</source>
        <translation>无日期，或例如 {example}</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>例如 {example}</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>从日历中选择（Alt+下箭头）</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>清除日期</translation>
    </message>
    <message>
        <source>a date is needed, e.g. {example}</source>
        <translation>需要日期，例如 {example}</translation>
    </message>
</context>
<context>
    <name>DuplicateCheck</name>
    <message>
        <source>Same name and organization</source>
        <extracomment>Candidates read per query: far more than one person&apos;s namesakes. the contact&apos;s name as lists show it its organization&apos;s name, or &quot;&quot;</extracomment>
        <translation>姓名和机构相同</translation>
    </message>
    <message>
        <source>Same name; neither has an organization</source>
        <translation>姓名相同；两者均无机构</translation>
    </message>
    <message>
        <source>Same e-mail address: {address}</source>
        <translation>电子邮件地址相同：{address}</translation>
    </message>
    <message>
        <source>Same messaging handle: {handle}</source>
        <translation>即时通讯账号相同：{handle}</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Already in the database?</source>
        <extracomment>Existing contacts listed at most (the strongest matches come first).</extracomment>
        <translation>已在数据库中？</translation>
    </message>
    <message>
        <source>This person may already be in the database:</source>
        <translation>此人可能已在数据库中：</translation>
    </message>
    <message>
        <source>This person may already be in the database, as one of these contacts:</source>
        <translation>此人可能已在数据库中，是以下联系人之一：</translation>
    </message>
    <message>
        <source>{name}, {organization}</source>
        <translation>{name}，{organization}</translation>
    </message>
    <message>
        <source>Open this contact</source>
        <translation>打开此联系人</translation>
    </message>
    <message>
        <source>Open {name}; this form stays as it is</source>
        <translation>打开{name}；此表单保持不变</translation>
    </message>
    <message>
        <source>{count} more are not listed.</source>
        <translation>另有 {count} 位未列出。</translation>
    </message>
    <message>
        <source>One more is not listed.</source>
        <translation>另有 1 位未列出。</translation>
    </message>
    <message>
        <source>Save the new contact only if it is someone else, such as a namesake.</source>
        <translation>仅当这是另一个人（例如同名者）时，才保存新联系人。</translation>
    </message>
    <message>
        <source>Go back to the form</source>
        <translation>返回表单</translation>
    </message>
    <message>
        <source>Save as a new contact</source>
        <translation>保存为新联系人</translation>
    </message>
</context>
<context>
    <name>EditorForms</name>
    <message>
        <source>find a partner to add…</source>
        <translation>查找要添加的合作方…</translation>
    </message>
    <message>
        <source>Add this partner</source>
        <translation>添加此合作方</translation>
    </message>
    <message>
        <source>Remove the selected partner</source>
        <translation>移除所选合作方</translation>
    </message>
    <message>
        <source>find a person to add…</source>
        <extracomment>What a list of linked records says, by the kind it links (a field&apos;s look may say otherwise, as a project&apos;s partners do).</extracomment>
        <translation>查找要添加的人员…</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>添加此人员</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>移除所选人员</translation>
    </message>
    <message>
        <source>find an organization to add…</source>
        <translation>查找要添加的机构…</translation>
    </message>
    <message>
        <source>Add this organization</source>
        <translation>添加此机构</translation>
    </message>
    <message>
        <source>Remove the selected organization</source>
        <translation>移除所选机构</translation>
    </message>
    <message>
        <source>find a project to add…</source>
        <translation>查找要添加的项目…</translation>
    </message>
    <message>
        <source>Add this project</source>
        <translation>添加此项目</translation>
    </message>
    <message>
        <source>Remove the selected project</source>
        <translation>移除所选项目</translation>
    </message>
    <message>
        <source>Add focus area</source>
        <extracomment>The translation context of the texts below (what the editor says beyond the labels). the add button: &quot;Add e-mail&quot; each line&apos;s remove button: &quot;Remove this e-mail&quot; an empty line: &quot;name@example.com&quot; &quot;find a person to add…&quot; &quot;Add this person&quot; &quot;Remove the selected person&quot; Another widget than the value type&apos;s: &quot;text&quot; (one line for a long text), &quot;languages&quot; (a list that splits &quot;zh, de, en&quot; into entries). The roles a link can have (a project&apos;s partners); links without roles hold ids. The tooltip of a + button beside a record picker that creates the record. A kind declared in core but not (yet) given a look here.</extracomment>
        <translation>添加重点领域</translation>
    </message>
    <message>
        <source>Remove this focus area</source>
        <translation>移除此重点领域</translation>
    </message>
    <message>
        <source>e.g. smart manufacturing</source>
        <translation>例如：智能制造</translation>
    </message>
    <message>
        <source>Create a new organization</source>
        <translation>新建机构</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>添加电子邮件</translation>
    </message>
    <message>
        <source>Remove this e-mail</source>
        <translation>移除此电子邮件</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>添加电话</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>移除此电话</translation>
    </message>
    <message>
        <source>+49 351 …</source>
        <translation>+49 351 …</translation>
    </message>
    <message>
        <source>Add handle</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>Remove this handle</source>
        <translation>移除此账号</translation>
    </message>
    <message>
        <source>WeChat: …</source>
        <translation>WeChat: …</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>添加语言</translation>
    </message>
    <message>
        <source>find a record to add…</source>
        <extracomment>Links to a kind with no texts of its own above.</extracomment>
        <translation>查找要添加的记录…</translation>
    </message>
    <message>
        <source>Add this record</source>
        <translation>添加此记录</translation>
    </message>
    <message>
        <source>Remove the selected record</source>
        <translation>移除所选记录</translation>
    </message>
    <message>
        <source>Add another</source>
        <extracomment>A list field with no texts of its own above.</extracomment>
        <translation>再添加一项</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>移除此项</translation>
    </message>
    <message>
        <source>e.g. www.example.com</source>
        <extracomment>A website field&apos;s placeholder where its declaration has none.</extracomment>
        <translation>例如 www.example.com</translation>
    </message>
    <message>
        <source>Remove this language</source>
        <translation>移除此语言</translation>
    </message>
    <message>
        <source>zh, de, en…</source>
        <translation>zh, de, en…</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>{path}: encrypted, and its key is not in this computer&apos;s keychain: enter its passphrase (travel mode), or set OFFICE_DESK_PASSPHRASE</source>
        <extracomment>scrypt&apos;s cost: 2**15 x 8 x 1 takes about 0.1 s and 32 MiB, once per opening. The page cache of a connection to an encrypted file, in KiB (SQLite&apos;s default: 2 MiB). A passphrase shorter than this is refused when encrypting.</extracomment>
        <translation>{path}：文件已加密，但其密钥不在本机钥匙串中：请输入其口令（出行模式），或设置 OFFICE_DESK_PASSPHRASE</translation>
    </message>
    <message>
        <source>{path}: the passphrase does not open this file (or the file is not an Office Desk database); nothing was changed</source>
        <translation>{path}：此口令无法打开该文件（或该文件不是 Office Desk 数据库）；未做任何更改</translation>
    </message>
    <message>
        <source>{path}: the key in this computer&apos;s keychain does not open this file; nothing was changed</source>
        <translation>{path}：本机钥匙串中的密钥无法打开该文件；未做任何更改</translation>
    </message>
    <message>
        <source>this computer has no keychain Office Desk can use ({reason}); use travel mode (a passphrase) instead</source>
        <extracomment>Derived from a passphrase (travel mode) rather than kept in the keychain.</extracomment>
        <translation>本机没有可供 Office Desk 使用的钥匙串（{reason}）；请改用出行模式（口令）</translation>
    </message>
    <message>
        <source>the passphrase must have at least {count} characters</source>
        <extracomment>Backups of the file re-encrypted with its new key, and those that could not be (their key is not at hand: made under a passphrase not given now).</extracomment>
        <translation>口令至少需要 {count} 个字符</translation>
    </message>
    <message>
        <source>the passphrase must not start or end with a space</source>
        <translation>口令不能以空格开头或结尾</translation>
    </message>
    <message>
        <source>{path}: the file is not encrypted; nothing to do</source>
        <translation>{path}：文件未加密；无需操作</translation>
    </message>
    <message>
        <source>{path}: the file is in use (Office Desk or another program has it open); close it there and try again; nothing was changed</source>
        <translation>{path}：文件正在使用中（Office Desk 或其他程序已打开它）；请在那里关闭后重试；未做任何更改</translation>
    </message>
    <message>
        <source>{path}: the converted copy failed its integrity check</source>
        <translation>{path}：转换后的副本未通过完整性检查</translation>
    </message>
    <message>
        <source>{path}: the converted copy&apos;s schema differs</source>
        <translation>{path}：转换后副本的架构不一致</translation>
    </message>
    <message>
        <source>{path}: the converted copy lost rows of {table}</source>
        <translation>{path}：转换后的副本丢失了 {table} 的行</translation>
    </message>
</context>
<context>
    <name>EncryptionPanel</name>
    <message>
        <source>Encryption of this file</source>
        <extracomment>convert(passphrase, decrypt) -&gt; whether the file was converted and opened again.</extracomment>
        <translation>此文件的加密</translation>
    </message>
    <message>
        <source>Use the &amp;keychain</source>
        <translation>使用钥匙串(&amp;K)</translation>
    </message>
    <message>
        <source>Travel &amp;mode (passphrase)…</source>
        <translation>出行模式（口令）(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Decrypt…</source>
        <translation>解密(&amp;D)…</translation>
    </message>
    <message>
        <source>Encrypt with a random key kept in this computer&apos;s keychain: the file opens here without asking, and nowhere else</source>
        <translation>使用保存在本机钥匙串中的随机密钥加密：文件在本机无需询问即可打开，在其他地方则无法打开</translation>
    </message>
    <message>
        <source>Encrypt with a key made from a passphrase and kept nowhere: the file opens only with the passphrase, on any computer</source>
        <translation>使用由口令生成、不保存在任何地方的密钥加密：在任何电脑上都只能凭口令打开文件</translation>
    </message>
    <message>
        <source>Not encrypted: anyone who copies the file or a backup of it can read every contact in it.</source>
        <translation>未加密：任何人复制此文件或其备份后，都能读取其中的所有联系人。</translation>
    </message>
    <message>
        <source>Encrypted (SQLCipher, AES-256). The key is in this computer&apos;s keychain: the file opens here without asking, and nowhere else.</source>
        <translation>已加密（SQLCipher，AES-256）。密钥保存在本机钥匙串中：文件在本机无需询问即可打开，在其他地方则无法打开。</translation>
    </message>
    <message>
        <source>Encrypted in travel mode: the file opens only with its passphrase, asked at every start; nothing is kept on this computer.</source>
        <translation>已以出行模式加密：文件只能凭口令打开，每次启动时都会询问口令；本机不保存任何相关信息。</translation>
    </message>
    <message>
        <source>Decrypt the file?</source>
        <translation>要解密此文件吗？</translation>
    </message>
    <message>
        <source>{file} will be stored unencrypted: anyone who copies it can read it. A backup of the encrypted file is kept.</source>
        <translation>{file} 将以未加密形式存储：任何人复制后都能读取。加密文件的备份会被保留。</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong. Your data is safe: every change is saved whole or not at all.</source>
        <translation>出现了问题。您的数据是安全的：每项更改要么完整保存，要么完全不保存。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>日志文件：{path}</translation>
    </message>
</context>
<context>
    <name>ExchangeRates</name>
    <message>
        <source>{rate} is not a number</source>
        <translation>{rate} 不是数字</translation>
    </message>
    <message>
        <source>a rate from {base} to {quote} on {date} is already stored ({rate})</source>
        <translation>{date} 从 {base} 到 {quote} 的汇率已存在（{rate}）</translation>
    </message>
</context>
<context>
    <name>ExportCalendar</name>
    <message>
        <source>Kind: {kind}</source>
        <translation>类型：{kind}</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>联络处：{office}</translation>
    </message>
    <message>
        <source>Organizations: {names}</source>
        <translation>机构：{names}</translation>
    </message>
    <message>
        <source>Projects: {titles}</source>
        <translation>项目：{titles}</translation>
    </message>
</context>
<context>
    <name>ExportVCard</name>
    <message>
        <source>Languages: {languages}</source>
        <translation>语言：{languages}</translation>
    </message>
    <message>
        <source>Messaging: {messaging}</source>
        <translation>即时通讯：{messaging}</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>联络处：{office}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>e.g. Wei</source>
        <translation>例如：Wei</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>e.g. Zhang</source>
        <translation>例如：Zhang</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>头衔</translation>
    </message>
    <message>
        <source>e.g. Dr., Prof. Dr., Dipl.-Ing.</source>
        <translation>例如 Dr.、Prof. Dr.、Dipl.-Ing.</translation>
    </message>
    <message>
        <source>Shown before the name; Herr/Frau and the job title do not go here</source>
        <translation>显示在姓名之前；称谓（先生/女士）和职务不填在此处</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>原文名称</translation>
    </message>
    <message>
        <source>e.g. 张伟</source>
        <translation>例如：张伟</translation>
    </message>
    <message>
        <source>The name in its own script; search finds it by pinyin too</source>
        <translation>以原文字书写的姓名；也可通过拼音搜索到</translation>
    </message>
    <message>
        <source>Family name first (Zhang Wei)</source>
        <translation>姓在前（Zhang Wei）</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>e.g. Head of international cooperation</source>
        <translation>例如：国际合作负责人</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>联络处</translation>
    </message>
    <message>
        <source>The office that owns the relationship</source>
        <translation>负责维护此关系的联络处</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>即时通讯</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Language codes or names; several typed on one line become one entry each: “zh, de, en”, “zh; de” or “zh de en”</source>
        <translation>语言代码或名称；在一行中输入的多个语言各成一项：“zh, de, en”“zh; de”或“zh de en”</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Why we may keep this person&apos;s data (GDPR / PIPL)</source>
        <translation>保存此人数据的法律依据（GDPR / PIPL）</translation>
    </message>
    <message>
        <source>Basis note</source>
        <translation>依据说明</translation>
    </message>
    <message>
        <source>e.g. consent by e-mail, 2024-03-01</source>
        <translation>例如：2024-03-01 通过电子邮件同意</translation>
    </message>
    <message>
        <source>Tags</source>
        <extracomment>The translation context of every field label (one label, one translation). The translation context of the per-kind phrases. How a typed cell of an export or report holds each value type. The schema revision that added the field&apos;s columns (&quot;&quot; = the first release): a package from an older Office Desk lacks them, and keeps the local value. Kinds whose lists show this kind&apos;s names (they change when it does).</extracomment>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>e.g. Delegation visit to Dresden</source>
        <translation>例如：代表团访问德累斯顿</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>地图位置</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>e.g. Dresden-Jinan Contact Office</source>
        <translation>例如：Dresden-Jinan Contact Office</translation>
    </message>
    <message>
        <source>e.g. 德累斯顿-济南联络处</source>
        <translation>例如：德累斯顿-济南联络处</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Decimal degrees; for campuses and parks without a street address too</source>
        <translation>十进制度数；也适用于没有街道地址的校区和园区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>对口联络处</translation>
    </message>
    <message>
        <source>Counterpart office</source>
        <translation>对口联络处</translation>
    </message>
    <message>
        <source>The twin office on the other side (e.g. the Jinan side of Dresden)</source>
        <translation>对方的对口联络处（例如德累斯顿对应的济南一方）</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>重点领域</translation>
    </message>
    <message>
        <source>e.g. Chemnitz University of Technology</source>
        <translation>例如：Chemnitz University of Technology</translation>
    </message>
    <message>
        <source>e.g. Technische Universität Chemnitz, 济南…</source>
        <translation>例如：Technische Universität Chemnitz、济南…</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>e.g. automotive parts</source>
        <translation>例如：汽车零部件</translation>
    </message>
    <message>
        <source>Looked after by</source>
        <translation>负责联络处</translation>
    </message>
    <message>
        <source>{count} (estimated)</source>
        <translation>{count}（估计）</translation>
    </message>
    <message>
        <source>e.g. R&amp;D centre of … in Jinan</source>
        <translation>例如：…在济南的研发中心</translation>
    </message>
    <message>
        <source>Native title</source>
        <translation>原文标题</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Status note</source>
        <translation>状态说明</translation>
    </message>
    <message>
        <source>Why on hold / dropped</source>
        <translation>暂停/放弃原因</translation>
    </message>
    <message>
        <source>Facilitating office</source>
        <translation>促成联络处</translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation>资助计划</translation>
    </message>
    <message>
        <source>e.g. Horizon Europe, ZIM</source>
        <translation>例如 地平线欧洲、ZIM</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>In the currency it was signed in; reports convert with the rate of the signing date</source>
        <translation>按签约时的货币填写；报告按签约日期的汇率换算</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Investor from</source>
        <translation>投资方来自</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>city or zone</source>
        <translation>城市或园区</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>创造就业</translation>
    </message>
    <message>
        <source>direct jobs</source>
        <translation>直接就业岗位</translation>
    </message>
    <message>
        <source>The number of jobs is an estimate</source>
        <translation>就业岗位数为估计值</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>宣布日期</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签约日期</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <source>Opened read-only: this file is open in another Office Desk window (process {pid}) that does not respond. Changes are turned off until it is closed there.</source>
        <extracomment>What a second instance sends to the owner, and what the owner answers. How long :meth:`FileGuard.claim` waits for the owner to answer. A lock file younger than this is never treated as abandoned (its owner may still be writing it). The same for a lock file that cannot be read (a crash or power cut while it was written; a file on a network share seen before its content). This window may write to the file (any previous claim of the guard is released). The file is open in another Office Desk window of this user on this machine, which was asked to come forward: do not open it here. The file is open elsewhere (another user, another machine, or an instance that does not answer): open it read-only, if at all. The holder&apos;s executable name as Qt records it (&quot;office-desk&quot;, &quot;python3.11&quot;). True when the holder answered the activation request (same user, same machine). The lock file&apos;s owner, where the system tells (&quot;&quot; when unknown).</extracomment>
        <translation>已以只读方式打开：此文件已在另一个无响应的 Office Desk 窗口（进程 {pid}）中打开。在那里关闭之前，无法进行更改。</translation>
    </message>
    <message>
        <source>Opened read-only: this file is open in Office Desk on {host} (process {pid}) by {user}. Changes are turned off until it is closed there.</source>
        <translation>已以只读方式打开：{user} 正在 {host} 上的 Office Desk（进程 {pid}）中使用此文件。在那里关闭之前，无法进行更改。</translation>
    </message>
    <message>
        <source>Opened read-only: this file is open in Office Desk on {host} (process {pid}) by another user. Changes are turned off until it is closed there.</source>
        <translation>已以只读方式打开：另一位用户正在 {host} 上的 Office Desk（进程 {pid}）中使用此文件。在那里关闭之前，无法进行更改。</translation>
    </message>
    <message>
        <source>This file is already open in another Office Desk window; that window was brought to the front.</source>
        <translation>此文件已在另一个 Office Desk 窗口中打开；该窗口已切换到前台。</translation>
    </message>
</context>
<context>
    <name>ForeignObjectsDialog</name>
    <message>
        <source>Not made by Office Desk</source>
        <translation>不是 Office Desk 创建的</translation>
    </message>
    <message>
        <source>Differs from Office Desk&apos;s own</source>
        <translation>与 Office Desk 自身的不同</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Unknown Objects in {file}</source>
        <translation>{file} 中的未知对象</translation>
    </message>
    <message>
        <source>This file holds database objects that Office Desk did not make.</source>
        <translation>此文件含有并非 Office Desk 创建的数据库对象。</translation>
    </message>
    <message>
        <source>This file&apos;s database objects are not the ones Office Desk makes.</source>
        <translation>此文件的数据库对象与 Office Desk 创建的不一致。</translation>
    </message>
    <message>
        <source>Objects like these act by themselves whenever records are saved: a trigger can rewrite e-mail addresses, for example, or copy every contact into a hidden table. Office Desk has not opened {file} and has not changed it.

If you did not add them yourself, ask whoever gave you the file.</source>
        <translation>这类对象会在每次保存记录时自行运行：例如触发器可以改写电子邮件地址，或把所有联系人复制到一个隐藏的表中。Office Desk 没有打开 {file}，也没有修改它。

如果这些对象不是您自己添加的，请询问把文件交给您的人。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>On table</source>
        <translation>所属表</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Its definition (SQL):</source>
        <translation>其定义（SQL）：</translation>
    </message>
    <message>
        <source>Remove them: Office Desk first saves a verified backup of the file as it is now (in {folder}), then removes the objects and opens the file.</source>
        <translation>移除它们：Office Desk 会先为文件的当前状态保存一份经过校验的备份（位于 {folder}），然后移除这些对象并打开文件。</translation>
    </message>
    <message>
        <source>Remove them: Office Desk first saves a verified backup of the file as it is now (in {folder}), then removes the objects, puts its own back where one was changed or is missing, and opens the file.</source>
        <translation>移除它们：Office Desk 会先为文件的当前状态保存一份经过校验的备份（位于 {folder}），然后移除这些对象，在自身对象被修改或缺失之处恢复原样，并打开文件。</translation>
    </message>
    <message>
        <source>Back Up, &amp;Remove and Open</source>
        <translation>备份、移除并打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Open</source>
        <translation>不打开(&amp;D)</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>How it differs from Office Desk&apos;s own (SQL, - ours, + this file&apos;s):</source>
        <translation>与 Office Desk 自身的差异（SQL，- 为我们的，+ 为此文件的）：</translation>
    </message>
    <message>
        <source>(made by SQLite)</source>
        <translation>（由 SQLite 创建）</translation>
    </message>
    <message>
        <source>Another user&apos;s Office Desk has the file open, so the objects cannot be removed now; the file was not opened. Try again once it is closed there.</source>
        <translation>另一位用户的 Office Desk 正在使用此文件，因此现在无法移除这些对象；文件未被打开。请在对方关闭后重试。</translation>
    </message>
    <message>
        <source>Some of Office Desk&apos;s own tables are changed or missing; removing objects cannot put that right, so the file was not opened. Restore a backup of it, or ask whoever gave it to you.</source>
        <translation>Office Desk 自身的某些表已被修改或缺失；移除对象无法修复这一点，因此文件未被打开。请恢复该文件的备份，或询问把文件交给您的人。</translation>
    </message>
    <message>
        <source>Removed the unknown objects from {file}; the file as it was is kept as {backup}.</source>
        <translation>已从 {file} 中移除未知对象；文件原先的状态保存在 {backup}。</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>未移除</translation>
    </message>
    <message>
        <source>The objects were not removed and the file was not opened.

{error}</source>
        <translation>未移除这些对象，文件也未被打开。

{error}</translation>
    </message>
    <message>
        <source>Backing up and cleaning {file}…</source>
        <translation>正在备份并清理 {file}…</translation>
    </message>
</context>
<context>
    <name>Gazetteer</name>
    <message>
        <source>{name}, {country} ({population} people; {latitude}, {longitude})</source>
        <extracomment>Places this size and up (about 69,000 of them): the index builds in about a second and a half on first use; the 1,000-people list (170,000 places) took five.</extracomment>
        <translation>{name}，{country}（人口 {population}；{latitude}, {longitude}）</translation>
    </message>
</context>
<context>
    <name>ImportContacts</name>
    <message>
        <source>{count} new contacts</source>
        <translation>新增 {count} 位联系人</translation>
    </message>
    <message>
        <source>{count} new organizations</source>
        <translation>{count} 个新机构</translation>
    </message>
    <message>
        <source>{count} to update</source>
        <translation>{count} 条待更新</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>{count} 条已跳过</translation>
    </message>
    <message>
        <source>{count} with errors</source>
        <translation>{count} 条有错误</translation>
    </message>
    <message>
        <source>  {count} duplicate of an existing record or an earlier row: {details}</source>
        <translation>  {count} 条与现有记录或前面的行重复：{details}</translation>
    </message>
    <message>
        <source>  {count} duplicates of existing records or earlier rows: {details}</source>
        <translation>  {count} 条与现有记录或前面的行重复：{details}</translation>
    </message>
    <message>
        <source>{count} identical</source>
        <translation>{count} 条完全相同</translation>
    </message>
    <message>
        <source>{skipped} ({identical})</source>
        <translation>{skipped}（{identical}）</translation>
    </message>
    <message>
        <source>{count} merged</source>
        <translation>{count} 条已合并</translation>
    </message>
    <message>
        <source>{count} created anyway</source>
        <translation>{count} 条仍新建</translation>
    </message>
    <message>
        <source>  {count} new organization: {names}</source>
        <translation>  {count} 个新机构：{names}</translation>
    </message>
    <message>
        <source>  {count} new tag: {names}</source>
        <translation>  {count} 个新标签：{names}</translation>
    </message>
    <message>
        <source>  {count} new tags: {names}</source>
        <translation>  {count} 个新标签：{names}</translation>
    </message>
    <message>
        <source>    … and {count} more row with errors</source>
        <translation>    …… 另有 {count} 行存在错误</translation>
    </message>
    <message>
        <source>  Office of the imported records: {office}</source>
        <translation>  导入记录所属联络处：{office}</translation>
    </message>
    <message>
        <source>  {count} line is not {main} like the rest of the file; it was read as {encodings} (line {lines})</source>
        <translation>  有 {count} 行与文件其余部分不同，不是 {main}；已按 {encodings} 读取（第 {lines} 行）</translation>
    </message>
    <message>
        <source>  {count} lines are not {main} like the rest of the file; they were read as {encodings} (lines {lines})</source>
        <translation>  有 {count} 行与文件其余部分不同，不是 {main}；已按 {encodings} 读取（第 {lines} 行）</translation>
    </message>
    <message>
        <source>  {count} line is in an unclear encoding or does not fit the one chosen (line {lines}): its row is an error until you choose the file&apos;s encoding or leave it out</source>
        <translation>  有 {count} 行的编码不明确或与所选编码不符（第 {lines} 行）：在您选择文件编码或忽略该行之前，该行记为错误</translation>
    </message>
    <message>
        <source>  {count} lines are in an unclear encoding or do not fit the one chosen (lines {lines}): their rows are errors until you choose the file&apos;s encoding or leave them out</source>
        <translation>  有 {count} 行的编码不明确或与所选编码不符（第 {lines} 行）：在您选择文件编码或忽略这些行之前，这些行记为错误</translation>
    </message>
    <message>
        <source>; try {encodings}</source>
        <translation>；可尝试 {encodings}</translation>
    </message>
    <message>
        <source>{count} row merged into others</source>
        <translation>{count} 行已合并到其他行</translation>
    </message>
    <message>
        <source>{count} rows merged into others</source>
        <translation>{count} 行已合并到其他记录</translation>
    </message>
    <message>
        <source> ({count} existing record updated)</source>
        <translation> （更新了 {count} 条现有记录）</translation>
    </message>
    <message>
        <source> ({count} existing records updated)</source>
        <translation>（已更新 {count} 条现有记录）</translation>
    </message>
    <message>
        <source>{count} row skipped</source>
        <translation>跳过 {count} 行</translation>
    </message>
    <message>
        <source>{count} rows skipped</source>
        <translation>已跳过 {count} 行</translation>
    </message>
    <message>
        <source>{count} row with errors left out</source>
        <translation>{count} 行有错误，未导入</translation>
    </message>
    <message>
        <source>{count} rows with errors left out</source>
        <translation>{count} 行有错误，未导入</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{count} new organization</source>
        <translation>新增 {count} 个机构</translation>
    </message>
    <message>
        <source>{source}: {count} row</source>
        <translation>{source}：{count} 行</translation>
    </message>
    <message>
        <source>{source}: {count} rows</source>
        <translation>{source}：{count} 行</translation>
    </message>
    <message>
        <source>{count} new contact</source>
        <translation>新增 {count} 位联系人</translation>
    </message>
    <message>
        <source>{count} new tag</source>
        <translation>{count} 个新标签</translation>
    </message>
    <message>
        <source>{count} new tags</source>
        <translation>{count} 个新标签</translation>
    </message>
    <message>
        <source>Imported: {parts}.</source>
        <translation>已导入：{parts}。</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>电子邮件相同</translation>
    </message>
    <message>
        <source>same name and organization</source>
        <translation>姓名和机构相同</translation>
    </message>
    <message>
        <source>same name, no organization</source>
        <translation>姓名相同，无机构</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <source>, {layout} layout</source>
        <extracomment>The most characters of a row&apos;s name the dry run shows. The office chosen for the imported records (rows naming their own keep theirs). The tags the database had at the dry run, by :func:`.matching.tag_key`. How a text file was read: its encoding, the lines read in another one or unclear (:class:`.encodings.LineNote`), and encodings worth trying for those.</extracomment>
        <translation>，{layout} 格式</translation>
    </message>
    <message>
        <source>the office chosen for the import is not in the database (any more); choose another</source>
        <translation>为导入选择的联络处已不在数据库中；请另选一个</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <source> ({how})</source>
        <translation>（{how}）</translation>
    </message>
    <message>
        <source>    line {line}: {title} = {matches}</source>
        <translation>    第 {line} 行：{title} = {matches}</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> 等另外 {count} 个</translation>
    </message>
    <message>
        <source>  {count} new organizations: {names}</source>
        <translation>  {count} 个新机构：{names}</translation>
    </message>
    <message>
        <source>  Errors (these rows will be left out):</source>
        <translation>  错误（以下各行将不予导入）：</translation>
    </message>
    <message>
        <source>  Errors:</source>
        <translation>  错误：</translation>
    </message>
    <message>
        <source>    … and {count} more rows with errors</source>
        <translation>    …… 另有 {count} 行存在错误</translation>
    </message>
    <message>
        <source>line {line}: {title}</source>
        <translation>第 {line} 行：{title}</translation>
    </message>
    <message>
        <source>the existing record</source>
        <translation>现有记录</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>identical to {what}</source>
        <translation>与{what}完全相同</translation>
    </message>
    <message>
        <source>a merge adds: {fields}</source>
        <translation>合并将补充：{fields}</translation>
    </message>
    <message>
        <source>a new record cannot be saved ({problem}); nothing was imported</source>
        <translation>有一条新记录无法保存（{problem}）；未导入任何内容</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Contact lists (*.csv *.txt *.xlsx *.vcf *.vcard);;CSV (*.csv *.txt);;Excel (*.xlsx);;vCard (*.vcf *.vcard);;All files (*)</source>
        <translation>联系人列表 (*.csv *.txt *.xlsx *.vcf *.vcard);;CSV (*.csv *.txt);;Excel (*.xlsx);;vCard (*.vcf *.vcard);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复项</translation>
    </message>
    <message>
        <source>Merge into existing</source>
        <translation>合并到现有记录</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>仍然新建</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复项</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Import contacts or organizations</source>
        <translation>导入联系人或机构</translation>
    </message>
    <message>
        <source>Choose a file: CSV, Excel or vCard.</source>
        <translation>选择文件：CSV、Excel 或 vCard。</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>文件编码</translation>
    </message>
    <message>
        <source>How the text of a CSV or vCard file is read. Automatic reads each line as its bytes show, and the check names the lines where that is unclear.</source>
        <translation>CSV 或 vCard 文件文本的读取方式。“自动”按每一行的字节判断其编码，检查时会列出判断不明确的行。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>The rows are</source>
        <translation>各行内容为</translation>
    </message>
    <message>
        <source>Contacts (people)</source>
        <translation>联系人（人员）</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Office of the imported records</source>
        <translation>导入记录所属联络处</translation>
    </message>
    <message>
        <source>Every imported record goes to this office, unless its row names another. Merging only fills an empty office.</source>
        <translation>每条导入的记录都归属此联络处，除非该行指定了其他联络处。合并时只填写空的联络处。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>导入到</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>The rows are:</source>
        <translation>各行内容为：</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>联络处(&amp;O)：</translation>
    </message>
    <message>
        <source>Columns (change where a column should go):</source>
        <translation>列（可更改各列的导入位置）：</translation>
    </message>
    <message>
        <source>The first {count} rows as they will be read:</source>
        <translation>将按如下方式读取的前 {count} 行：</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Selected duplicates:</source>
        <translation>所选重复项：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Leave out the rows with errors and import the rest</source>
        <translation>忽略有错误的行，导入其余行</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Check (dry run) &gt;</source>
        <translation>检查（试运行）(&amp;C) &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Import a contact list</source>
        <translation>导入联系人列表</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>{file} cannot be imported.

{error}</source>
        <translation>无法导入 {file}。

{error}</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>encoding {name}</source>
        <translation>编码 {name}</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>separator {name}</source>
        <translation>分隔符 {name}</translation>
    </message>
    <message>
        <source>{file}: {count} row ({how})</source>
        <translation>{file}：{count} 行（{how}）</translation>
    </message>
    <message>
        <source>{file}: {count} rows ({how})</source>
        <translation>{file}：{count} 行（{how}）</translation>
    </message>
    <message>
        <source>Field for {column}</source>
        <translation>{column} 对应的字段</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Choose the column that holds the name (or the given and family names) to go on.</source>
        <translation>请选择包含姓名（或名和姓）的列以继续。</translation>
    </message>
    <message>
        <source>Recognised as {layout}&apos;s layout.</source>
        <translation>已识别为 {layout} 的格式。</translation>
    </message>
    <message>
        <source>Columns were matched by their names; check them.</source>
        <translation>已按列名匹配各列，请检查。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Checking row {done} of {total}…</source>
        <translation>正在检查第 {done} 行，共 {total} 行…</translation>
    </message>
    <message>
        <source>Checking the rows (nothing is written)…</source>
        <translation>正在检查各行（不写入任何数据）…</translation>
    </message>
    <message>
        <source>The check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Rows with errors stop the import unless you leave them out below.</source>
        <translation>除非在下方选择忽略，否则有错误的行会阻止导入。</translation>
    </message>
    <message>
        <source>Read the file as {encoding}</source>
        <translation>按 {encoding} 读取文件</translation>
    </message>
    <message>
        <source>Choose the file&apos;s encoding…</source>
        <translation>选择文件编码…</translation>
    </message>
    <message>
        <source>After the import, Edit ▸ Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>导入后，“编辑 ▸ 撤销”（Ctrl+Z）可撤回整个导入。</translation>
    </message>
    <message>
        <source>This import writes {count} records, more than Edit ▸ Undo can take back (up to {limit}): undoing it would keep the window frozen for a long time. A backup of the database is made just before the import; File ▸ Restore from Backup puts it back. What you did before the import can no longer be undone after it either.</source>
        <translation>此次导入将写入 {count} 条记录，超过“编辑 ▸ 撤销”可撤回的数量（最多 {limit} 条）：撤销会使窗口长时间无响应。导入前会先备份数据库；可通过“文件 ▸ 从备份恢复”还原。导入之后，导入之前的操作也将无法再撤销。</translation>
    </message>
    <message>
        <source>Importing {done} of {total}…</source>
        <translation>正在导入第 {done} 项，共 {total} 项…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>The import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <source>Edit ▸ Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>“编辑 ▸ 撤销”（Ctrl+Z）可撤回整个导入。</translation>
    </message>
    <message>
        <source>This import wrote {count} records, more than Edit ▸ Undo can take back (up to {limit}).</source>
        <translation>此次导入写入了 {count} 条记录，超过“编辑 ▸ 撤销”可撤回的数量（最多 {limit} 条）。</translation>
    </message>
    <message>
        <source>To take it back, use File ▸ Restore from Backup and choose the backup made just before the import:
{path}</source>
        <translation>如需撤回，请使用“文件 ▸ 从备份恢复”，并选择导入前创建的备份：
{path}</translation>
    </message>
    <message>
        <source>{what} failed; nothing was written.

{error}</source>
        <translation>{what}失败，未写入任何数据。

{error}</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Full name (split automatically)</source>
        <translation>全名（自动拆分）</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Name in native script (e.g. 张伟)</source>
        <translation>原文姓名（如 张伟）</translation>
    </message>
    <message>
        <source>Family name first (yes/no)</source>
        <translation>姓在前（是/否）</translation>
    </message>
    <message>
        <source>Academic title (e.g. Dr., Prof.)</source>
        <translation>头衔（例如 Dr.、Prof.）</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>联络处</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Messaging (WeChat, Skype…)</source>
        <translation>即时通讯（微信、Skype…）</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Last contacted (date)</source>
        <translation>上次联系（日期）</translation>
    </message>
    <message>
        <source>Legal basis for keeping the data</source>
        <translation>保存数据的法律依据</translation>
    </message>
    <message>
        <source>Legal basis note</source>
        <translation>法律依据说明</translation>
    </message>
    <message>
        <source>Tags (separated by ;)</source>
        <translation>标签（以 ; 分隔）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>原文名称</translation>
    </message>
    <message>
        <source>Kind (company, university…)</source>
        <translation>类型（企业、大学…）</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>第 {column} 列</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>an old Excel (.xls) or password-protected workbook; save it as .xlsx or CSV and import that</source>
        <translation>这是旧版 Excel（.xls）或受密码保护的工作簿；请另存为 .xlsx 或 CSV 后再导入</translation>
    </message>
    <message>
        <source>not an Excel workbook (an .xlsx file is a ZIP archive; this one is not, or it is damaged)</source>
        <translation>不是 Excel 工作簿（.xlsx 文件是 ZIP 压缩包，而此文件不是，或已损坏）</translation>
    </message>
    <message>
        <source>not a vCard file (it does not start with BEGIN:VCARD)</source>
        <translation>不是 vCard 文件（文件未以 BEGIN:VCARD 开头）</translation>
    </message>
    <message>
        <source>not a readable Excel workbook ({reason})</source>
        <extracomment>The most columns and rows a sheet can have (Excel&apos;s own limits, XFD and 1,048,576).</extracomment>
        <translation>不是可读取的 Excel 工作簿（{reason}）</translation>
    </message>
    <message>
        <source>the workbook is damaged ({reason})</source>
        <translation>工作簿已损坏（{reason}）</translation>
    </message>
    <message>
        <source>the workbook has more than {limit} parts; it is no contact list (or it is damaged)</source>
        <translation>该工作簿包含超过 {limit} 个部件；它不是联系人列表（或已损坏）</translation>
    </message>
    <message>
        <source>a part of the workbook ({part}) would unpack to {size} MB, more than the {limit} MB a contact list may need</source>
        <translation>工作簿的一个部件（{part}）解压后将达 {size} MB，超过联系人列表所需的 {limit} MB</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>row {row} has more cells than a sheet has columns</source>
        <translation>第 {row} 行的单元格数超过工作表的列数</translation>
    </message>
    <message>
        <source>the sheet spells out more than {limit} cells</source>
        <translation>该工作表列出了超过 {limit} 个单元格</translation>
    </message>
    <message>
        <source>more than {limit} XML elements in one place</source>
        <translation>同一位置有超过 {limit} 个 XML 元素</translation>
    </message>
    <message>
        <source>{value} is not a row number</source>
        <translation>{value} 不是行号</translation>
    </message>
    <message>
        <source>the header reaches column {column}; a contact list can have at most {limit} columns</source>
        <translation>表头延伸到第 {column} 列；联系人列表最多可有 {limit} 列</translation>
    </message>
    <message>
        <source>a value in a column without a header ({value})</source>
        <translation>某个无表头的列中有值（{value}）</translation>
    </message>
    <message>
        <source>the first sheet is empty</source>
        <translation>第一个工作表为空</translation>
    </message>
    <message>
        <source>not a text file (it holds binary data)</source>
        <translation>不是文本文件（包含二进制数据）</translation>
    </message>
    <message>
        <source>not valid {encoding} text</source>
        <translation>不是有效的 {encoding} 文本</translation>
    </message>
    <message>
        <source>a quoted cell is never closed (a &quot; missing?)</source>
        <translation>某个带引号的单元格未闭合（是否缺少 &quot;？）</translation>
    </message>
    <message>
        <source>a cell is longer than 131,072 characters (a quote never closed?)</source>
        <translation>某个单元格超过 131,072 个字符（是否有引号未闭合？）</translation>
    </message>
    <message>
        <source>not a readable CSV file ({reason})</source>
        <translation>不是可读取的 CSV 文件（{reason}）</translation>
    </message>
    <message>
        <source>the file has no header line</source>
        <translation>文件没有表头行</translation>
    </message>
    <message>
        <source>the row has {cells} cells but the header only {width} (a stray separator or quote?)</source>
        <translation>该行有 {cells} 个单元格，但表头只有 {width} 列（是否有多余的分隔符或引号？）</translation>
    </message>
    <message>
        <source>this vCard has no END:VCARD (the next one begins at line {line})</source>
        <extracomment>Lines Office Desk&apos;s own vCards put at the top of NOTE for fields vCard lacks.</extracomment>
        <translation>此 vCard 缺少 END:VCARD（下一个 vCard 从第 {line} 行开始）</translation>
    </message>
    <message>
        <source>END:VCARD without a BEGIN:VCARD</source>
        <translation>出现 END:VCARD，但前面没有 BEGIN:VCARD</translation>
    </message>
    <message>
        <source>text outside any vCard: {text}</source>
        <translation>vCard 之外的文本：{text}</translation>
    </message>
    <message>
        <source>this vCard has no END:VCARD (the file is cut short?)</source>
        <translation>此 vCard 缺少 END:VCARD（文件是否不完整？）</translation>
    </message>
    <message>
        <source>no vCards in the file</source>
        <translation>文件中没有 vCard</translation>
    </message>
    <message>
        <source>this vCard cannot be read ({reason})</source>
        <translation>无法读取此 vCard（{reason}）</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <extracomment>A line read in another encoding than the file&apos;s (a note), one whose encoding is unclear, and one that is not valid in the encoding chosen (both errors). Encodings a user may choose, with the names people know them by (translate them in the &quot;ImportFiles&quot; context).</extracomment>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252（西欧）</translation>
    </message>
    <message>
        <source>GB18030 (Chinese, Simplified)</source>
        <translation>GB18030（简体中文）</translation>
    </message>
    <message>
        <source>Big5 (Chinese, Traditional)</source>
        <translation>Big5（繁体中文）</translation>
    </message>
    <message>
        <source>Shift JIS (Japanese)</source>
        <translation>Shift JIS（日文）</translation>
    </message>
    <message>
        <source>Windows-1250 (Central Europe)</source>
        <translation>Windows-1250（中欧）</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251（西里尔文）</translation>
    </message>
    <message>
        <source>ISO-8859-15 (Latin-9)</source>
        <translation>ISO-8859-15（Latin-9）</translation>
    </message>
    <message>
        <source>Mac OS Roman</source>
        <translation>Mac OS Roman</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>{encoding} is not a text encoding this computer knows (e.g. utf-8, cp1252, gb18030)</source>
        <extracomment>Chinese punctuation, full-width forms, kana, circled and Roman numbers (all in GBK). The letters Windows-1252 has beyond ASCII, and the punctuation a Western text uses. Two or more letters outside ASCII: a whole word of them is no Western word (&quot;ÕÅÎ&quot;: Chinese read as 1252); the letter before is checked apart (a pattern that begins with a look behind is slow). A sign before a letter: a currency sign there (&quot;£ukasz&quot;) reads as no Western text, and another sign too if a letter is also before it (&quot;W¹s&quot; is Polish &quot;Wąs&quot; read as 1252). UTF-8 read as Windows-1252: the lead byte of a Latin letter (Ã for ü, Ä for ę, Å for ł) and a continuation byte, which reads as a sign (&quot;WeiÃŸ&quot;, &quot;Ä™&quot;, &quot;Å‚&quot;). How much of a file is looked at to tell its encoding (or whether it is text at all). What charset-normalizer may call Chinese text; all but Big5-HKSCS is read as GB18030, the superset.</extracomment>
        <translation>{encoding} 不是本机可识别的文本编码（例如 utf-8、cp1252、gb18030）</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB ({size} MB); split it into smaller files and import them one after the other</source>
        <extracomment>The most lines of a text file (rows, the lines inside quoted cells, empty lines). The most cells (empty ones too) a workbook&apos;s sheet may spell out, and the most XML elements inside one cell or between two: past them it is no contact list.</extracomment>
        <translation>文件大于 {limit} MB（{size} MB）；请拆分为较小的文件并逐个导入</translation>
    </message>
    <message>
        <source>the file has more than {limit} rows; split it into smaller files and import them one after the other</source>
        <translation>文件超过 {limit} 行；请拆分为较小的文件并逐个导入</translation>
    </message>
    <message>
        <source>the file has more than {limit} lines; split it into smaller files and import them one after the other</source>
        <translation>文件超过 {limit} 行；请拆分为较小的文件并逐个导入</translation>
    </message>
    <message>
        <source>the row has {columns} columns; a contact list can have at most {limit}</source>
        <translation>该行有 {columns} 列；联系人列表最多可有 {limit} 列</translation>
    </message>
    <message>
        <source>the file has more than {limit} cells (rows × columns); split it into smaller files, or remove the columns you do not import</source>
        <translation>文件超过 {limit} 个单元格（行 × 列）；请拆分为较小的文件，或删除不导入的列</translation>
    </message>
    <message>
        <source>the row is longer than {limit} characters (a quote never closed, or not a contact list?)</source>
        <translation>该行超过 {limit} 个字符（是否有引号未闭合，或者并非联系人列表？）</translation>
    </message>
</context>
<context>
    <name>ImportLayouts</name>
    <message>
        <source>unknown import target {target}; one of {targets}</source>
        <translation>未知的导入目标 {target}；可选值为 {targets}</translation>
    </message>
    <message>
        <source>column {column}: {key} is not a field of {target}; one of {fields}</source>
        <translation>第 {column} 列：{key} 不是 {target} 的字段；可选字段为 {fields}</translation>
    </message>
    <message>
        <source>--map {pair}: {text} is not a field of {target}; the fields are {fields}</source>
        <extracomment>What a contact layout&apos;s columns mean when the rows are imported as organizations.</extracomment>
        <translation>--map {pair}：{text} 不是 {target} 的字段；可用字段为 {fields}</translation>
    </message>
    <message>
        <source>--map {text}: write it as --map &apos;Header=field&apos;</source>
        <translation>--map {text}：请写成 --map &apos;Header=field&apos; 的形式</translation>
    </message>
    <message>
        <source>--map {text}: the file has no column {header}; its columns are {columns}</source>
        <translation>--map {text}：文件中没有 {header} 列；现有列为 {columns}</translation>
    </message>
</context>
<context>
    <name>ImportMerge</name>
    <message>
        <source>native name</source>
        <extracomment>Fields a row carries that are not stored as such (the organization&apos;s name).</extracomment>
        <translation>原文名称</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>last contacted</source>
        <translation>最近联系时间</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>legal basis note</source>
        <translation>法律依据备注</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>office</source>
        <translation>联络处</translation>
    </message>
    <message>
        <source>academic title</source>
        <translation>头衔</translation>
    </message>
    <message>
        <source>{field}: keeps {kept} (the file says {said})</source>
        <translation>{field}：保留 {kept}（文件中为 {said}）</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>{text} is not a country name or ISO code Office Desk knows (write it as a two-letter code, e.g. DE or CN)</source>
        <extracomment>Names people write that the ISO tables (in English, German and Chinese) do not have.</extracomment>
        <translation>{text} 不是 Office Desk 可识别的国家名称或 ISO 代码（请使用两个字母的代码，例如 DE 或 CN）</translation>
    </message>
    <message>
        <source>{text} could be day/month or month/day; write the date as YYYY-MM-DD</source>
        <translation>{text} 既可理解为日/月，也可理解为月/日；请按 YYYY-MM-DD 格式填写日期</translation>
    </message>
    <message>
        <source>{text} is not a real date ({reason})</source>
        <translation>{text} 不是有效日期（{reason}）</translation>
    </message>
    <message>
        <source>{text} is not a date (write it as YYYY-MM-DD)</source>
        <translation>{text} 不是日期（请按 YYYY-MM-DD 格式填写）</translation>
    </message>
    <message>
        <source>{text} is not yes or no</source>
        <translation>{text} 不是“是”或“否”</translation>
    </message>
    <message>
        <source>{text} is not one of: {allowed}</source>
        <translation>{text} 不是以下值之一：{allowed}</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} 不是数字</translation>
    </message>
    <message>
        <source>{text} is impossible: {what} is {low} to {high}</source>
        <translation>{text} 不可能成立：{what} 的范围为 {low} 至 {high}</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>第 {line} 行：{message}</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {message}</source>
        <translation>第 {line} 行，第 {column} 列：{message}</translation>
    </message>
    <message>
        <source>the tag {tag} is longer than {count} characters</source>
        <translation>标签 {tag} 超过 {count} 个字符</translation>
    </message>
    <message>
        <source>no office here is called {name}; left empty</source>
        <translation>没有名为 {name} 的联络处；已留空</translation>
    </message>
    <message>
        <source>the organization&apos;s name has {length} characters; at most {limit} are allowed</source>
        <translation>机构名称有 {length} 个字符；最多允许 {limit} 个</translation>
    </message>
    <message>
        <source>no name ({columns} empty)</source>
        <translation>没有名称（{columns} 为空）</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>没有名称</translation>
    </message>
    <message>
        <source>the title {title} is longer than {count} characters (is it the job title? map that column to Position)</source>
        <translation>头衔 {title} 超过 {count} 个字符（是否为职务？请将该列对应到“职位”）</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>give both latitude and longitude, or neither</source>
        <translation>请同时填写纬度和经度，或两者都不填</translation>
    </message>
    <message>
        <source>as {encoding}: {text}</source>
        <translation>按 {encoding}：{text}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>line {line} is not {main} like the rest of the file; it was read as {encoding}: {text}</source>
        <translation>第 {line} 行与文件其余部分不同，不是 {main}；已按 {encoding} 读取：{text}</translation>
    </message>
    <message>
        <source>line {line}: which encoding this line is in is unclear ({readings}); choose the file&apos;s encoding, or leave the row out</source>
        <translation>第 {line} 行：该行的编码不明确（{readings}）；请选择文件编码，或忽略该行</translation>
    </message>
    <message>
        <source>line {line} is not valid {encoding} text; what cannot be read shows as �: {text}. Choose another encoding, or leave the row out</source>
        <translation>第 {line} 行不是有效的 {encoding} 文本；无法读取的部分显示为 �：{text}。请选择其他编码，或忽略该行</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>records of the import were deleted or brought back since; nothing was changed (File ▸ Restore from Backup has the copy made before the import)</source>
        <extracomment>The most records (created or changed) an import may write and still be undone from the undo stack: undo and redo run while the window waits, and at this size each takes about a second here (measured with 20,000 new contacts; see the tests). A larger import is taken back by restoring the backup made before it.</extracomment>
        <translation>此次导入的记录此后已被删除或恢复；未做任何更改（“文件 ▸ 从备份恢复”中有导入前的副本）</translation>
    </message>
    <message>
        <source>a record the import merged into was deleted since; nothing was changed (File ▸ Restore from Backup has the copy made before the import)</source>
        <translation>导入时合并到的某条记录此后已被删除；未做任何更改（“文件 ▸ 从备份恢复”中有导入前的副本）</translation>
    </message>
    <message>
        <source>a record the import merged into was edited since; nothing was changed (File ▸ Restore from Backup has the copy made before the import)</source>
        <translation>导入时合并到的某条记录此后已被编辑；未做任何更改（“文件 ▸ 从备份恢复”中有导入前的副本）</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>{count} contact</source>
        <translation>{count}位联系人</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count}位联系人</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>Edit contact – {title}</source>
        <translation>编辑联系人 – {title}</translation>
    </message>
    <message>
        <source>Add contact “{name}”</source>
        <translation>添加联系人“{name}”</translation>
    </message>
    <message>
        <source>Edit contact “{name}”</source>
        <translation>编辑联系人“{name}”</translation>
    </message>
    <message>
        <source>The contact was not saved.

{error}</source>
        <translation>联系人未保存。

{error}</translation>
    </message>
    <message>
        <source>Select a person to see their details, projects and events.</source>
        <translation>选择一个人员以查看其详情、项目和活动。</translation>
    </message>
    <message>
        <source>This contact has changes that are not saved. Discard them?</source>
        <translation>此联系人有未保存的更改。是否放弃？</translation>
    </message>
    <message>
        <source>{count} project role</source>
        <translation>{count} 个项目角色</translation>
    </message>
    <message>
        <source>{count} project roles</source>
        <translation>{count} 个项目角色</translation>
    </message>
    <message>
        <source>{count} event participation</source>
        <translation>{count} 次活动参与</translation>
    </message>
    <message>
        <source>{count} event participations</source>
        <translation>{count} 次活动参与</translation>
    </message>
    <message>
        <source>{count} tag</source>
        <extracomment>A tag&apos;s links to the records it is on (a kind&apos;s links and references, which the delete question counts, are declared with the kind: core/kinds).</extracomment>
        <translation>{count} 个标签</translation>
    </message>
    <message>
        <source>{count} tags</source>
        <translation>{count} 个标签</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>{count} event</source>
        <translation>{count}项活动</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count}项活动</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Edit event – {title}</source>
        <translation>编辑活动 – {title}</translation>
    </message>
    <message>
        <source>Add event “{name}”</source>
        <translation>添加活动“{name}”</translation>
    </message>
    <message>
        <source>Edit event “{name}”</source>
        <translation>编辑活动“{name}”</translation>
    </message>
    <message>
        <source>The event was not saved.

{error}</source>
        <translation>活动未保存。

{error}</translation>
    </message>
    <message>
        <source>Select an event to see who took part.</source>
        <translation>选择一个活动以查看参与者。</translation>
    </message>
    <message>
        <source>This event has changes that are not saved. Discard them?</source>
        <translation>此活动有未保存的更改。是否放弃？</translation>
    </message>
    <message>
        <source>{count} participating organization</source>
        <translation>{count} 个参与机构</translation>
    </message>
    <message>
        <source>{count} participating organizations</source>
        <translation>{count} 个参与机构</translation>
    </message>
    <message>
        <source>{count} participant</source>
        <translation>{count} 位参与者</translation>
    </message>
    <message>
        <source>{count} participants</source>
        <translation>{count} 位参与者</translation>
    </message>
    <message>
        <source>{count} link to a project</source>
        <translation>{count} 个项目关联</translation>
    </message>
    <message>
        <source>{count} links to projects</source>
        <translation>{count} 个项目关联</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>联络处</translation>
    </message>
    <message>
        <source>office</source>
        <translation>联络处</translation>
    </message>
    <message>
        <source>offices</source>
        <translation>联络处</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>联络处</translation>
    </message>
    <message>
        <source>{count} office</source>
        <translation>{count}个联络处</translation>
    </message>
    <message>
        <source>{count} offices</source>
        <translation>{count}个联络处</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>新建联络处</translation>
    </message>
    <message>
        <source>Edit office – {title}</source>
        <translation>编辑联络处 – {title}</translation>
    </message>
    <message>
        <source>Add office “{name}”</source>
        <translation>添加联络处“{name}”</translation>
    </message>
    <message>
        <source>Edit office “{name}”</source>
        <translation>编辑联络处“{name}”</translation>
    </message>
    <message>
        <source>The office was not saved.

{error}</source>
        <translation>联络处未保存。

{error}</translation>
    </message>
    <message>
        <source>Select an office to see its details.</source>
        <translation>选择一个联络处以查看其详情。</translation>
    </message>
    <message>
        <source>This office has changes that are not saved. Discard them?</source>
        <translation>此联络处有未保存的更改。是否放弃？</translation>
    </message>
    <message>
        <source>{count} office names it as counterpart</source>
        <translation>{count}个联络处将其列为对口联络处</translation>
    </message>
    <message>
        <source>{count} offices name it as counterpart</source>
        <translation>{count}个联络处将其列为对口联络处</translation>
    </message>
    <message>
        <source>{count} organization is looked after by it</source>
        <translation>{count}个机构由其对接</translation>
    </message>
    <message>
        <source>{count} organizations are looked after by it</source>
        <translation>{count}个机构由其对接</translation>
    </message>
    <message>
        <source>{count} contact belongs to it</source>
        <translation>{count}位联系人隶属于此</translation>
    </message>
    <message>
        <source>{count} contacts belong to it</source>
        <translation>{count}位联系人隶属于此</translation>
    </message>
    <message>
        <source>{count} project was facilitated by it</source>
        <translation>{count}个项目由其促成</translation>
    </message>
    <message>
        <source>{count} projects were facilitated by it</source>
        <translation>{count}个项目由其促成</translation>
    </message>
    <message>
        <source>{count} event belongs to it</source>
        <translation>{count}项活动隶属于此</translation>
    </message>
    <message>
        <source>{count} events belong to it</source>
        <translation>{count}项活动隶属于此</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>{count} organization</source>
        <translation>{count}个机构</translation>
    </message>
    <message>
        <source>{count} organizations</source>
        <translation>{count}个机构</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>新建机构</translation>
    </message>
    <message>
        <source>Edit organization – {title}</source>
        <translation>编辑机构 – {title}</translation>
    </message>
    <message>
        <source>Add organization “{name}”</source>
        <translation>添加机构“{name}”</translation>
    </message>
    <message>
        <source>Edit organization “{name}”</source>
        <translation>编辑机构“{name}”</translation>
    </message>
    <message>
        <source>The organization was not saved.

{error}</source>
        <translation>机构未保存。

{error}</translation>
    </message>
    <message>
        <source>Select an organization to see who works there and what it is part of.</source>
        <translation>选择一个机构以查看其工作人员及所属关系。</translation>
    </message>
    <message>
        <source>This organization has changes that are not saved. Discard them?</source>
        <translation>此机构有未保存的更改。是否放弃？</translation>
    </message>
    <message>
        <source>{count} project partnership</source>
        <translation>{count} 个项目合作伙伴关系</translation>
    </message>
    <message>
        <source>{count} project partnerships</source>
        <translation>{count} 个项目合作伙伴关系</translation>
    </message>
    <message>
        <source>{count} contact works there</source>
        <translation>{count}位联系人在此工作</translation>
    </message>
    <message>
        <source>{count} contacts work there</source>
        <translation>{count}位联系人在此工作</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>{count} project</source>
        <translation>{count}个项目</translation>
    </message>
    <message>
        <source>{count} projects</source>
        <translation>{count}个项目</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Edit project – {title}</source>
        <translation>编辑项目 – {title}</translation>
    </message>
    <message>
        <source>Add project “{name}”</source>
        <translation>添加项目“{name}”</translation>
    </message>
    <message>
        <source>Edit project “{name}”</source>
        <translation>编辑项目“{name}”</translation>
    </message>
    <message>
        <source>The project was not saved.

{error}</source>
        <translation>项目未保存。

{error}</translation>
    </message>
    <message>
        <source>Select a project to see its partners, people and events.</source>
        <translation>选择一个项目以查看其合作方、人员和活动。</translation>
    </message>
    <message>
        <source>This project has changes that are not saved. Discard them?</source>
        <translation>此项目有未保存的更改。是否放弃？</translation>
    </message>
    <message>
        <source>{count} link to an event</source>
        <translation>{count} 个活动关联</translation>
    </message>
    <message>
        <source>{count} links to events</source>
        <translation>{count} 个活动关联</translation>
    </message>
</context>
<context>
    <name>LinksField</name>
    <message>
        <source>{role}: {name}</source>
        <extracomment>the picker&apos;s placeholder: &quot;find a person to add…&quot; the add button&apos;s tooltip: &quot;Add this person&quot; the remove button&apos;s tooltip: &quot;Remove the selected person&quot;</extracomment>
        <translation>{role}：{name}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Map</source>
        <extracomment>The record kinds with a list page of their own, in sidebar order (the registry&apos;s). The pages that are not a kind&apos;s list, after the kinds.</extracomment>
        <translation>地图</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Office Desk databases (*.sqlite *.db *.officedesk);;All files (*)</source>
        <extracomment>Deleting more records than this runs in the background, with progress and Cancel.</extracomment>
        <translation>Office Desk数据库 (*.sqlite *.db *.officedesk);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Office Desk</source>
        <translation>Office Desk</translation>
    </message>
    <message>
        <source>{page} (Ctrl+{number})</source>
        <translation>{page}（Ctrl+{number}）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>The menu bar: each menu&apos;s title and its entries (commands, separators, submenus).</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <extracomment>Every command, by name, in the order declared.</extracomment>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Network</source>
        <translation>打开示例网络(&amp;S)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy / Backup…</source>
        <translation>保存副本/备份(&amp;C)…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>从备份恢复(&amp;T)…</translation>
    </message>
    <message>
        <source>Put the file back as one of its automatic backups was</source>
        <translation>将文件恢复为某个自动备份时的状态</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>新建记录(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>编辑记录(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>全局搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>How to use Office Desk, with a find box</source>
        <translation>Office Desk使用指南，带查找框</translation>
    </message>
    <message>
        <source>&amp;About Office Desk</source>
        <translation>关于Office Desk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Contacts or Organizations (CSV, Excel, vCard)…</source>
        <translation>联系人或机构（CSV、Excel、vCard）(&amp;C)…</translation>
    </message>
    <message>
        <source>Import a contact list: a dry run shows new records, updates and duplicates first</source>
        <translation>导入联系人列表：先试运行，列出新记录、更新和重复项</translation>
    </message>
    <message>
        <source>&amp;Package from Another Office…</source>
        <translation>来自其他联络处的数据包(&amp;P)…</translation>
    </message>
    <message>
        <source>Merge another office&apos;s package: newer edits win, conflicts are listed</source>
        <translation>合并其他联络处的数据包：以较新的修改为准，并列出冲突</translation>
    </message>
    <message>
        <source>This &amp;List (Excel or CSV)…</source>
        <translation>当前列表（Excel或CSV）(&amp;L)…</translation>
    </message>
    <message>
        <source>Export the list on screen, with its filter and order</source>
        <translation>导出屏幕上的列表，保留其筛选和排序</translation>
    </message>
    <message>
        <source>Contacts as &amp;vCards…</source>
        <translation>联系人（vCard）(&amp;V)…</translation>
    </message>
    <message>
        <source>The contacts of the Contacts list (with its filter), for address books</source>
        <translation>联系人列表中的联系人（按当前筛选），用于通讯录</translation>
    </message>
    <message>
        <source>Events as a &amp;Calendar (.ics)…</source>
        <translation>活动日历（.ics）(&amp;C)…</translation>
    </message>
    <message>
        <source>The events of the Events list (with its filter), for calendar apps</source>
        <translation>活动列表中的活动（按当前筛选），用于日历应用</translation>
    </message>
    <message>
        <source>&amp;Package for Another Office…</source>
        <translation>供其他联络处使用的数据包(&amp;P)…</translation>
    </message>
    <message>
        <source>The whole database as one file another office can merge</source>
        <translation>将整个数据库打包为一个文件，供其他联络处合并</translation>
    </message>
    <message>
        <source>&amp;Personal Data</source>
        <translation>个人数据(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>无最近打开的文件</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>撤销{action}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>重做{action}(&amp;R)</translation>
    </message>
    <message>
        <source>{file} (read-only) – Office Desk</source>
        <translation>{file}（只读）– Office Desk</translation>
    </message>
    <message>
        <source>{file} – Office Desk</source>
        <translation>{file} – Office Desk</translation>
    </message>
    <message>
        <source>Daily backup made: {path}</source>
        <translation>已创建每日备份：{path}</translation>
    </message>
    <message>
        <source>The daily backup could not be made: {error}</source>
        <translation>无法创建每日备份：{error}</translation>
    </message>
    <message>
        <source>Backing up {file}…</source>
        <translation>正在备份 {file}…</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>The backup was not restored; the file is as it was.

{error}</source>
        <translation>备份未恢复；文件保持原样。

{error}</translation>
    </message>
    <message>
        <source>Restored {file} from the backup {backup}. The file as it was before is kept as {safety}.</source>
        <translation>已从备份 {backup} 恢复 {file}。恢复前的文件已保存为 {safety}。</translation>
    </message>
    <message>
        <source>Not converted</source>
        <translation>未转换</translation>
    </message>
    <message>
        <source>The file was not converted; it is as it was.

{error}</source>
        <translation>文件未转换，保持原样。

{error}</translation>
    </message>
    <message>
        <source>{file} is now {state}. A backup of the file as it was is kept as {backup}.</source>
        <translation>{file} 现已{state}。文件原先状态的备份保存为 {backup}。</translation>
    </message>
    <message>
        <source>decrypted</source>
        <translation>解密</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Updated with changes another program made to this file (undo history cleared)</source>
        <translation>已载入其他程序对此文件所做的更改（撤销历史已清除）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“{title}” has changes that are not saved.

Save them before Office Desk closes?</source>
        <translation>“{title}”有未保存的更改。

在关闭 Office Desk 之前保存吗？</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <extracomment>A file is open (again): (its AppContext, the Holder when it is read-only because another user&apos;s Office Desk has it, else None). The window shows it. The file could not be opened again: nothing is open any more. A line for the status bar, and how long to show it (milliseconds).</extracomment>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>正在打开 {file}…</translation>
    </message>
    <message>
        <source>Open an Office Desk database</source>
        <translation>打开Office Desk数据库</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new name, or open it.</source>
        <translation>{path} 已存在。请另选名称，或直接打开它。</translation>
    </message>
    <message>
        <source>Opening the sample network…</source>
        <translation>正在打开示例网络…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>{path} exists; choose a new name.</source>
        <translation>{path} 已存在，请另选名称。</translation>
    </message>
    <message>
        <source>Saved a copy to {path}</source>
        <translation>已将副本保存到 {path}</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>正在保存副本…</translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>“{title}”</translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation>删除{what}？</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>可按Ctrl+Z撤销此操作。</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>删除{what}</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>Nothing was deleted.

{error}</source>
        <translation>未删除任何内容。

{error}</translation>
    </message>
    <message>
        <source>Deleting {done} of {total}…</source>
        <translation>正在删除 {done}/{total}…</translation>
    </message>
    <message>
        <source>Also removed:</source>
        <translation>同时移除：</translation>
    </message>
    <message>
        <source>Still pointing at it, left empty:</source>
        <translation>仍指向它，将留空：</translation>
    </message>
    <message>
        <source>Deleting {what}…</source>
        <translation>正在删除{what}…</translation>
    </message>
    <message>
        <source>This file is open read-only: another user&apos;s Office Desk has it open.</source>
        <translation>此文件以只读方式打开：另一位用户的 Office Desk 正在使用它。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>That could not be undone.

{error}</source>
        <translation>无法撤销该操作。

{error}</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Server…</source>
        <translation>连接到团队服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>Share this file with your team&apos;s server: address, user and password</source>
        <translation>与团队服务器共享此文件：地址、用户和密码</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Send your changes to the team server and fetch your colleagues&apos;</source>
        <translation>将您的修改发送到团队服务器，并获取同事的修改</translation>
    </message>
    <message>
        <source>Con&amp;flicts…</source>
        <translation>冲突(&amp;F)…</translation>
    </message>
    <message>
        <source>Edits a sync could not keep beside others: compare and choose</source>
        <translation>同步时无法并存的修改：比较并选择</translation>
    </message>
    <message>
        <source>E&amp;xport Everything about This Person…</source>
        <extracomment>Every kind of record an erasure changes (the person, and what links to them).</extracomment>
        <translation>导出此人的全部数据(&amp;X)…</translation>
    </message>
    <message>
        <source>Everything kept about the selected contact, as a JSON file and a readable PDF</source>
        <translation>所选联系人的全部存储数据，导出为 JSON 文件和便于阅读的 PDF</translation>
    </message>
    <message>
        <source>&amp;Erase This Person…</source>
        <translation>彻底删除此人(&amp;E)…</translation>
    </message>
    <message>
        <source>Remove every personal field of the selected contact for good</source>
        <translation>永久移除所选联系人的所有个人信息字段</translation>
    </message>
    <message>
        <source>Data-Protection &amp;Review…</source>
        <translation>数据保护审查(&amp;R)…</translation>
    </message>
    <message>
        <source>Contacts with no legal basis, or not contacted for years: keep or erase</source>
        <translation>无法律依据或多年未联系的联系人：保留或彻底删除</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>The map cannot be shown here.
{error}</source>
        <extracomment>Writes to these kinds of record change what the map shows. A marker was clicked: (kind, record id), kind one of office, organization, project. The user placed a pin after :meth:`pick_location`: (latitude, longitude). The page finished drawing the map after (re)loading.</extracomment>
        <translation>此处无法显示地图。
{error}</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>no exchange rate from {currency} to {target} on or before {date}</source>
        <translation>{date} 或之前没有从 {currency} 到 {target} 的汇率</translation>
    </message>
    <message>
        <source>no exchange rate from {currency} to {target}</source>
        <translation>没有从 {currency} 到 {target} 的汇率</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <source>amount, e.g. {example}</source>
        <translation>金额，例如 {example}</translation>
    </message>
    <message>
        <source>Type the amount with {group} between thousands and {mark} before decimals, as in {example}</source>
        <translation>输入金额时，千位之间用 {group}，小数点用 {mark}，例如 {example}</translation>
    </message>
    <message>
        <source>= {amount}</source>
        <translation>= {amount}</translation>
    </message>
</context>
<context>
    <name>NetworkMap</name>
    <message>
        <source>Offices</source>
        <extracomment>Layer names (English; shown through :func:`layer_name` in the current language).</extracomment>
        <translation>联络处</translation>
    </message>
    <message>
        <source>Links between offices</source>
        <translation>联络处之间的联系</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source> · since {year}</source>
        <extracomment>Organizations are coloured by kind... ...and projects by stage, from a lead (grey) to completed (green). No filter: the whole network.</extracomment>
        <translation> · 自{year}年起</translation>
    </message>
    <message>
        <source>{status} office</source>
        <translation>联络处（{status}）</translation>
    </message>
    <message>
        <source> · home office</source>
        <translation> · 本部联络处</translation>
    </message>
    <message>
        <source>Counterpart: {name}</source>
        <translation>对口联络处：{name}</translation>
    </message>
    <message>
        <source>Focus: {areas}</source>
        <translation>重点领域：{areas}</translation>
    </message>
    <message>
        <source>Looked after by {office}</source>
        <translation>对接联络处：{office}</translation>
    </message>
    <message>
        <source>{count} jobs</source>
        <translation>{count}个就业岗位</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation>（估计）</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>联络处：{office}</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>联络处</translation>
    </message>
    <message>
        <source>Home office</source>
        <translation>本部联络处</translation>
    </message>
    <message>
        <source>Counterpart offices</source>
        <translation>对口联络处</translation>
    </message>
    <message>
        <source>Tie to the home office</source>
        <translation>与本部联络处的联系</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Projects by stage</source>
        <translation>各阶段项目</translation>
    </message>
    <message>
        <source>{count} office has no coordinates</source>
        <translation>{count}个联络处没有坐标</translation>
    </message>
    <message>
        <source>{count} offices have no coordinates</source>
        <translation>{count}个联络处没有坐标</translation>
    </message>
    <message>
        <source>Base map: Natural Earth</source>
        <translation>底图：Natural Earth</translation>
    </message>
    <message>
        <source>Legend</source>
        <extracomment>Words the page shows itself (translated and escaped by :func:`page_options`).</extracomment>
        <translation>图例</translation>
    </message>
    <message>
        <source>Show the legend</source>
        <translation>显示图例</translation>
    </message>
    <message>
        <source>Hide the legend</source>
        <translation>隐藏图例</translation>
    </message>
    <message>
        <source>Click the map to zoom with the wheel</source>
        <translation>点击地图后可用滚轮缩放</translation>
    </message>
</context>
<context>
    <name>NetworkMapPage</name>
    <message>
        <source>All offices</source>
        <translation>全部联络处</translation>
    </message>
    <message>
        <source>Show only this office&apos;s network</source>
        <translation>仅显示此联络处的网络</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>全部国家</translation>
    </message>
    <message>
        <source>Show only this country</source>
        <translation>仅显示此国家</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Show only projects at this stage</source>
        <translation>仅显示处于此阶段的项目</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>Show only organizations and projects of this sector</source>
        <translation>仅显示此行业的机构和项目</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Show only records with this tag</source>
        <translation>仅显示带有此标签的记录</translation>
    </message>
    <message>
        <source>Street map when online</source>
        <translation>联网时显示街道地图</translation>
    </message>
    <message>
        <source>Load map tiles (OpenStreetMap) when there is a network; every tile seen is kept for offline use. Off: only the built-in map of countries, which needs no network.</source>
        <translation>联网时加载地图瓦片（OpenStreetMap）；浏览过的瓦片都会保留，供离线使用。关闭时：仅使用内置的国家地图，无需联网。</translation>
    </message>
    <message>
        <source>Prepare for travel…</source>
        <translation>出行准备…</translation>
    </message>
    <message>
        <source>Keep the street map around an office for offline use</source>
        <translation>保存联络处周边的街道地图，供离线使用</translation>
    </message>
    <message>
        <source>Import offline map…</source>
        <translation>导入离线地图…</translation>
    </message>
    <message>
        <source>Add an .mbtiles map file, usable without a network</source>
        <translation>添加.mbtiles地图文件，无需联网即可使用</translation>
    </message>
    <message>
        <source>Offline maps</source>
        <translation>离线地图</translation>
    </message>
    <message>
        <source>Street maps for use without a network</source>
        <translation>无网络时使用的街道地图</translation>
    </message>
    <message>
        <source>Import an offline map</source>
        <translation>导入离线地图</translation>
    </message>
    <message>
        <source>MBTiles maps (*.mbtiles);;All files (*)</source>
        <translation>MBTiles地图 (*.mbtiles);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import offline map</source>
        <translation>导入离线地图</translation>
    </message>
    <message>
        <source>“{name}” is now available on the map, offline.</source>
        <translation>“{name}”现已可在地图上离线使用。</translation>
    </message>
</context>
<context>
    <name>NetworkMerge</name>
    <message>
        <source>added</source>
        <extracomment>What happened to incoming rows, in the order the summary shows them.</extracomment>
        <translation>已添加</translation>
    </message>
    <message>
        <source>added as already deleted</source>
        <translation>作为已删除记录添加</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>erased at the person&apos;s request</source>
        <translation>应本人要求已彻底删除</translation>
    </message>
    <message>
        <source>kept local version</source>
        <translation>保留本地版本</translation>
    </message>
    <message>
        <source>kept erased</source>
        <translation>保持彻底删除状态</translation>
    </message>
    <message>
        <source>not added (clash)</source>
        <translation>未添加（冲突）</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source> (office {office})</source>
        <translation>（联络处 {office}）</translation>
    </message>
    <message>
        <source>, not of the package&apos;s office</source>
        <translation>，不属于数据包所属联络处</translation>
    </message>
    <message>
        <source>kept the local version</source>
        <translation>保留了本地版本</translation>
    </message>
    <message>
        <source>took the package&apos;s</source>
        <translation>采用了数据包中的版本</translation>
    </message>
    <message>
        <source>{field}: here {mine}, package {theirs}</source>
        <translation>{field}：本地为 {mine}，数据包中为 {theirs}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>  nothing in the package</source>
        <translation>  数据包中没有内容</translation>
    </message>
    <message>
        <source>{count} row of the package is refused and left out:</source>
        <translation>数据包中有 {count} 行被拒绝并忽略：</translation>
    </message>
    <message>
        <source>{count} rows of the package are refused and left out:</source>
        <translation>数据包中有 {count} 行被拒绝并忽略：</translation>
    </message>
    <message>
        <source>The merge deletes {count} record here:</source>
        <translation>此次合并将在此删除 {count} 条记录：</translation>
    </message>
    <message>
        <source>The merge deletes {count} records here:</source>
        <translation>此次合并将在此删除 {count} 条记录：</translation>
    </message>
    <message>
        <source>{count} records differ between this database and the package:</source>
        <translation>本数据库与数据包之间有 {count} 条记录不一致：</translation>
    </message>
    <message>
        <source>{source}: the merge would delete {count} record ({others} not of the package&apos;s office); nothing was imported until that is confirmed</source>
        <translation>{source}：此次合并将删除 {count} 条记录（其中 {others} 条不属于数据包所属联络处）；在确认之前未导入任何内容</translation>
    </message>
    <message>
        <source>{source}: the merge would delete {count} records ({others} not of the package&apos;s office); nothing was imported until that is confirmed</source>
        <translation>{source}：此次合并将删除 {count} 条记录（其中 {others} 条不属于数据包所属联络处）；在确认之前未导入任何内容</translation>
    </message>
    <message>
        <source>  ... and {count} more</source>
        <translation>  ……另有 {count} 条</translation>
    </message>
    <message>
        <source>{source}: merge plan</source>
        <extracomment>A merge deleting more records than this needs the user&apos;s explicit word. The tables whose rows a user counts as records (links follow their records). Package rows left out: from the future, outside the package&apos;s office, or needing one of those. Live records here that the merge deletes. Who made the package (None: not recorded), when, and the line saying so. Who sealed and signed the package (None: a plain package), and whether this database trusts the key (:data:`.sealing.TRUSTED` or :data:`.sealing.FIRST_USE`; &quot;&quot; for a plain package). False: made without personal data (the contact details here stay as they are).</extracomment>
        <translation>{source}：合并计划</translation>
    </message>
    <message>
        <source>Warning: not sealed or signed, so nothing vouches for who made it (the line above is only its own claim) or that it was not changed on the way</source>
        <translation>警告：未密封也未签名，因此无法保证其创建者（上一行只是它的自述），也无法保证它在传递途中未被篡改</translation>
    </message>
    <message>
        <source>Sealed and signed with this computer&apos;s own key ({fingerprint})</source>
        <translation>已用本机自己的密钥密封并签名（{fingerprint}）</translation>
    </message>
    <message>
        <source>Sealed and signed by office {office} with the key trusted here for it ({fingerprint})</source>
        <translation>由联络处 {office} 密封并签名，所用密钥为本机对其信任的密钥（{fingerprint}）</translation>
    </message>
    <message>
        <source>Signed by office {office} with a key not seen here before, fingerprint {fingerprint}: compare it with the office (by phone, say) before you trust it</source>
        <translation>由联络处 {office} 使用本机此前未见过的密钥签名，指纹为 {fingerprint}：信任之前，请与该联络处核对（例如通过电话）</translation>
    </message>
    <message>
        <source>Made without personal data: the contact details here stay as they are</source>
        <translation>创建时未包含个人数据：本地的联系人详细信息保持不变</translation>
    </message>
    <message>
        <source>{source}: merged ({rows} rows written)</source>
        <translation>{source}：已合并（写入 {rows} 行）</translation>
    </message>
    <message>
        <source>another live {table} here, {title}, has the same {columns}</source>
        <translation>本地另一条有效的{table}记录“{title}”具有相同的{columns}</translation>
    </message>
    <message>
        <source>the version here is stamped {stamp}, more than a day ahead of this computer&apos;s clock</source>
        <translation>此处版本的时间戳为 {stamp}，比本机时钟超前一天以上</translation>
    </message>
    <message>
        <source>newer here</source>
        <translation>本地较新</translation>
    </message>
    <message>
        <source>same time on both sides</source>
        <translation>双方时间相同</translation>
    </message>
    <message>
        <source>its record was deleted</source>
        <translation>其记录已被删除</translation>
    </message>
    <message>
        <source>{source}: signed by office {office} with a key not seen here before (fingerprint {fingerprint}); nothing was imported until that key is trusted</source>
        <translation>{source}：由联络处 {office} 使用本机此前未见过的密钥签名（指纹 {fingerprint}）；在信任该密钥之前未导入任何内容</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>= {number}</source>
        <translation>= {number}</translation>
    </message>
</context>
<context>
    <name>OfficeDashboard</name>
    <message>
        <source>in {n} day</source>
        <extracomment>How far away a day is: unit -&gt; (in 1, in n, 1 ago, n ago).</extracomment>
        <translation>{n}天后</translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation>{n}天后</translation>
    </message>
    <message>
        <source>{n} day ago</source>
        <translation>{n}天前</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n}天前</translation>
    </message>
    <message>
        <source>in {n} week</source>
        <translation>{n}周后</translation>
    </message>
    <message>
        <source>in {n} weeks</source>
        <translation>{n}周后</translation>
    </message>
    <message>
        <source>{n} week ago</source>
        <translation>{n}周前</translation>
    </message>
    <message>
        <source>{n} weeks ago</source>
        <translation>{n}周前</translation>
    </message>
    <message>
        <source>in {n} month</source>
        <translation>{n}个月后</translation>
    </message>
    <message>
        <source>in {n} months</source>
        <translation>{n}个月后</translation>
    </message>
    <message>
        <source>{n} month ago</source>
        <translation>{n}个月前</translation>
    </message>
    <message>
        <source>{n} months ago</source>
        <translation>{n}个月前</translation>
    </message>
    <message>
        <source>in {n} year</source>
        <translation>{n}年后</translation>
    </message>
    <message>
        <source>in {n} years</source>
        <translation>{n}年后</translation>
    </message>
    <message>
        <source>{n} year ago</source>
        <translation>{n}年前</translation>
    </message>
    <message>
        <source>{n} years ago</source>
        <translation>{n}年前</translation>
    </message>
    <message>
        <source>and {count} more project: see the project list filtered by this office.</source>
        <extracomment>&quot;and N more …&quot; under a shortened list: noun -&gt; (one more, several more).</extracomment>
        <translation>还有{count}个项目：请查看按此联络处筛选的项目列表。</translation>
    </message>
    <message>
        <source>and {count} more projects: see the project list filtered by this office.</source>
        <translation>还有{count}个项目：请查看按此联络处筛选的项目列表。</translation>
    </message>
    <message>
        <source>and {count} more event: see the event list filtered by this office.</source>
        <translation>还有{count}项活动：请查看按此联络处筛选的活动列表。</translation>
    </message>
    <message>
        <source>and {count} more events: see the event list filtered by this office.</source>
        <translation>还有{count}项活动：请查看按此联络处筛选的活动列表。</translation>
    </message>
    <message>
        <source>and {count} more contact: see the contact list filtered by this office.</source>
        <translation>还有{count}位联系人：请查看按此联络处筛选的联系人列表。</translation>
    </message>
    <message>
        <source>and {count} more contacts: see the contact list filtered by this office.</source>
        <translation>还有{count}位联系人：请查看按此联络处筛选的联系人列表。</translation>
    </message>
    <message>
        <source>and {count} more organization: see the organization list filtered by this office.</source>
        <translation>还有{count}个机构：请查看按此联络处筛选的机构列表。</translation>
    </message>
    <message>
        <source>and {count} more organizations: see the organization list filtered by this office.</source>
        <translation>还有{count}个机构：请查看按此联络处筛选的机构列表。</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>No office selected</source>
        <extracomment>The office shown changed (an id, or None): e.g. to centre the map on it.</extracomment>
        <translation>未选择联络处</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Investment signed</source>
        <translation>已签约投资</translation>
    </message>
    <message>
        <source>Projects by stage</source>
        <translation>各阶段项目</translation>
    </message>
    <message>
        <source>Upcoming events</source>
        <translation>即将举行的活动</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>最近举行的活动</translation>
    </message>
    <message>
        <source>Reaching the office</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Organizations looked after</source>
        <translation>负责对接的机构</translation>
    </message>
    <message>
        <source>Select an office in the list to see its contacts, organizations, projects by stage, investment signed and its events.</source>
        <translation>在列表中选择一个联络处，即可查看其联系人、机构、各阶段项目、已签约投资及活动。</translation>
    </message>
    <message>
        <source>This office is no longer there</source>
        <translation>该联络处已不存在</translation>
    </message>
    <message>
        <source>It was deleted (Edit ▸ Undo brings it back). Select another office in the list.</source>
        <translation>它已被删除（编辑 ▸ 撤销可将其恢复）。请在列表中选择其他联络处。</translation>
    </message>
    <message>
        <source>Nothing planned: add an event for this office.</source>
        <translation>暂无计划：为此联络处添加一项活动。</translation>
    </message>
    <message>
        <source>No events recorded yet.</source>
        <translation>尚无活动记录。</translation>
    </message>
    <message>
        <source>established {date}</source>
        <translation>成立于{date}</translation>
    </message>
    <message>
        <source>counterpart: {office}</source>
        <translation>对口联络处：{office}</translation>
    </message>
    <message>
        <source>last contact {date}</source>
        <translation>最近联系：{date}</translation>
    </message>
    <message>
        <source>{open} open · {completed} completed</source>
        <translation>{open}个进行中 · {completed}个已完成</translation>
    </message>
    <message>
        <source>{count} signed project</source>
        <translation>{count}个已签约项目</translation>
    </message>
    <message>
        <source>{count} signed projects</source>
        <translation>{count}个已签约项目</translation>
    </message>
    <message>
        <source>{projects}, recorded as {amounts}</source>
        <translation>{projects}，记录为{amounts}</translation>
    </message>
    <message>
        <source>{amounts} not included: no exchange rate to {currency}</source>
        <translation>{amounts}未计入：缺少兑换为{currency}的汇率</translation>
    </message>
    <message>
        <source>No projects yet.</source>
        <translation>尚无项目。</translation>
    </message>
    <message>
        <source>signed {date}</source>
        <translation>签约于{date}</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>重点领域</translation>
    </message>
    <message>
        <source>No address, phone, e-mail or website recorded: edit the office to add them.</source>
        <translation>未记录地址、电话、电子邮件或网站：编辑该联络处即可添加。</translation>
    </message>
    <message>
        <source>Contacts ({count})</source>
        <translation>联系人（{count}）</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <source>No contacts belong to this office yet.</source>
        <translation>此联络处尚无联系人。</translation>
    </message>
    <message>
        <source>Organizations looked after ({count})</source>
        <translation>负责对接的机构（{count}）</translation>
    </message>
    <message>
        <source>This office looks after no organizations yet.</source>
        <translation>此联络处尚未负责对接任何机构。</translation>
    </message>
</context>
<context>
    <name>OfficeLookup</name>
    <message>
        <source>{option} {name} fits {count} offices; say which:
{choices}</source>
        <translation>{option} {name} 匹配 {count} 个联络处；请指明是哪一个：
{choices}</translation>
    </message>
    <message>
        <source>no office is called {name}; the offices are:
{choices}</source>
        <translation>没有名为 {name} 的联络处；现有联络处为：
{choices}</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  （无）</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Nothing was changed.

{error}</source>
        <translation>未做任何更改。

{error}</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>office {name}</source>
        <extracomment>What reading a damaged zip raises: damaged data (per compression method), an unknown compression method (NotImplementedError), an encrypted member (RuntimeError). Rows that leave out columns an older Office Desk did not have (see :data:`.codec.LATER_COLUMNS`): table → row id → those columns. Who made it; None for a package from an Office Desk that did not say. False: made without the contacts&apos; details (they are in :attr:`left_out`). Who sealed and signed it (None: a plain package, which nothing vouches for).</extracomment>
        <translation>联络处 {name}</translation>
    </message>
    <message>
        <source>whole database</source>
        <translation>整个数据库</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>Made {when}; who made it is not recorded (a package from an older Office Desk)</source>
        <translation>创建于 {when}；未记录创建者（来自旧版 Office Desk 的数据包）</translation>
    </message>
    <message>
        <source>an unnamed person</source>
        <translation>未署名者</translation>
    </message>
    <message>
        <source>Made by {person} ({office}), {when}</source>
        <translation>由 {person}（{office}）创建，{when}</translation>
    </message>
    <message>
        <source>Made by {person}, {when}</source>
        <translation>由 {person} 创建，{when}</translation>
    </message>
    <message>
        <source>{path}: cannot read ({reason})</source>
        <translation>{path}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>{name}: a zip file without {member}; not an Office Desk package</source>
        <translation>{name}：ZIP 文件中缺少 {member}；不是 Office Desk 数据包</translation>
    </message>
    <message>
        <source>{name}: damaged or incomplete zip file ({reason})</source>
        <translation>{name}：ZIP 文件已损坏或不完整（{reason}）</translation>
    </message>
    <message>
        <source>{source}: not UTF-8 text (byte {byte})</source>
        <translation>{source}：不是 UTF-8 文本（字节 {byte}）</translation>
    </message>
    <message>
        <source>{source}: not valid JSON at line {line}, column {column}: {reason}</source>
        <translation>{source}：第 {line} 行第 {column} 列不是有效的 JSON：{reason}</translation>
    </message>
    <message>
        <source>{source}: not a package (nested too deeply)</source>
        <translation>{source}：不是数据包（嵌套层级过深）</translation>
    </message>
    <message>
        <source>{source}: not a package (a number too long to read)</source>
        <translation>{source}：不是数据包（有一个数字过长，无法读取）</translation>
    </message>
    <message>
        <source>{source}: not an Office Desk package (its format is {format})</source>
        <translation>{source}：不是 Office Desk 数据包（其格式为 {format}）</translation>
    </message>
    <message>
        <source>{source}: not an Office Desk package</source>
        <translation>{source}：不是 Office Desk 数据包</translation>
    </message>
    <message>
        <source>{source}: package version {version} is not valid</source>
        <translation>{source}：数据包版本 {version} 无效</translation>
    </message>
    <message>
        <source>{source}: made by a newer Office Desk (package version {version}; this one reads version {supported}); update Office Desk to import it</source>
        <translation>{source}：由较新版本的 Office Desk 创建（数据包版本 {version}；当前版本可读取的是 {supported}）；请更新 Office Desk 后再导入</translation>
    </message>
    <message>
        <source>{source}: scope must be an object</source>
        <translation>{source}：scope 必须是对象</translation>
    </message>
    <message>
        <source>{source}: no &quot;tables&quot; object</source>
        <translation>{source}：缺少 &quot;tables&quot; 对象</translation>
    </message>
    <message>
        <source>{source}: unknown table {table}</source>
        <translation>{source}：未知的表 {table}</translation>
    </message>
    <message>
        <source>{source}: table {table} must be a list of rows</source>
        <translation>{source}：表 {table} 必须是行的列表</translation>
    </message>
    <message>
        <source>{source}: personal_data must be true or false</source>
        <translation>{source}：personal_data 必须为 true 或 false</translation>
    </message>
    <message>
        <source>{source}: contact {id}: {column}: the package says it holds no personal data, but this contact has it</source>
        <translation>{source}：联系人 {id}：{column}：数据包声明不含个人数据，但此联系人含有个人数据</translation>
    </message>
    <message>
        <source>{source}: made_by must be an object</source>
        <translation>{source}：made_by 必须是对象</translation>
    </message>
    <message>
        <source>{source}: made_by.{key} must be text of at most {limit} characters</source>
        <translation>{source}：made_by.{key} 必须是不超过 {limit} 个字符的文本</translation>
    </message>
    <message>
        <source> (the package comes from a newer Office Desk, schema {schema})</source>
        <translation> （此数据包来自较新版本的 Office Desk，架构版本 {schema}）</translation>
    </message>
    <message>
        <source>{source}: {table} row {number}</source>
        <translation>{source}：{table} 第 {number} 行</translation>
    </message>
    <message>
        <source>{where}: a row must be an object</source>
        <translation>{where}：每一行必须是对象</translation>
    </message>
    <message>
        <source>{where}: the id appears twice (also in {table})</source>
        <translation>{where}：该 ID 重复出现（在 {table} 中也有）</translation>
    </message>
    <message>
        <source>a tag link must point at exactly one record</source>
        <translation>标签链接必须恰好指向一条记录</translation>
    </message>
    <message>
        <source>{source}: {table} {id}: same {columns} as live {table} {owner}</source>
        <extracomment>The columns that name a record to a user, by table.</extracomment>
        <translation>{source}：{table} {id}：{columns} 与现有的 {table} {owner} 相同</translation>
    </message>
    <message>
        <source>{source}: {table} {id} has the id of a local {other}; the package does not belong with this database</source>
        <extracomment>The columns that say when something happened to a row. Link tables and, per column, the table the link&apos;s end is in. Every reference column of every table (links, counterpart, office, organization). Stamps after this are from the future. Contacts erased here that the package holds un-erased (they stay erased).</extracomment>
        <translation>{source}：{table} {id} 与本地 {other} 的 ID 相同；该数据包不属于此数据库</translation>
    </message>
    <message>
        <source>{column} is {stamp}, more than a day ahead of this computer&apos;s clock ({now})</source>
        <translation>{column} 为 {stamp}，比本机时钟（{now}）超前一天以上</translation>
    </message>
    <message>
        <source>needs {table} {id}, which is refused</source>
        <translation>需要 {table} {id}，但它已被拒绝</translation>
    </message>
    <message>
        <source>{source}: {table} {id}: {column} {value} is neither in the package nor in this database</source>
        <translation>{source}：{table} {id}：{column} {value} 既不在数据包中，也不在此数据库中</translation>
    </message>
    <message>
        <source>{source}: after the merge, office {name} would name {twin} as its counterpart, but not the other way round; make the two offices name each other in both copies, then import again</source>
        <translation>{source}：合并后，联络处 {name} 会把 {twin} 作为对口联络处，但反过来却没有；请在两份副本中让这两个联络处互相指定，然后重新导入</translation>
    </message>
    <message>
        <source>{value} is out of range in UTC</source>
        <extracomment>A row as Python values, column name -&gt; value (UUID, datetime, Decimal, list...). Columns that say when a row was written, not what it says. The most digits a decimal may have before, and after, the decimal point. The most characters a text column holds, as the model declares (None: no limit). The tables of the record kinds, in the registry&apos;s order (which puts the kinds that others point at first: offices, organizations, then contacts...), and their kinds. Every table in the order rows are written: parents before the links that join them. Columns added since the first released schema, which a package from an older Office Desk does not have. Such a package cannot know them: a row that leaves one out keeps the local value when it updates a record (it never clears it), and a new record takes the column&apos;s default. (Other columns left out take their default.)</extracomment>
        <translation>{value} 换算为 UTC 后超出范围</translation>
    </message>
    <message>
        <source>{value} is out of range (at most {digits} digits before and after the decimal point)</source>
        <translation>{value} 超出范围（小数点前后最多各 {digits} 位）</translation>
    </message>
    <message>
        <source>{count} characters long; at most {limit} are allowed</source>
        <translation>长 {count} 个字符；最多允许 {limit} 个</translation>
    </message>
    <message>
        <source>{name}: {what}; this is more than a package from Office Desk holds (a damaged or hostile file), so nothing was imported</source>
        <extracomment>The end-of-central-directory record is 22 bytes, plus a comment of up to 65,535. About 2.5 times the package of a network of 175,000 records (98 MB of JSON, read in 17 s into 0.9 GB of memory); a hundred times compressed is 12 times what real packages reach.</extracomment>
        <translation>{name}：{what}；这超出了 Office Desk 数据包的内容范围（文件已损坏或含恶意内容），因此未导入任何内容</translation>
    </message>
    <message>
        <source>the file is larger than {limit} bytes</source>
        <translation>文件大于 {limit} 字节</translation>
    </message>
    <message>
        <source>the zip file lists {count} members (at most {limit} are read)</source>
        <translation>该 zip 文件列出了 {count} 个成员（最多读取 {limit} 个）</translation>
    </message>
    <message>
        <source>{member} would unpack to {size} bytes (at most {limit} are read)</source>
        <translation>{member} 解压后将达 {size} 字节（最多读取 {limit} 字节）</translation>
    </message>
    <message>
        <source>{member} would unpack to {size} bytes from {packed}, more than {ratio} times its packed size</source>
        <translation>{member} 将从 {packed} 解压为 {size} 字节，超过压缩大小的 {ratio} 倍</translation>
    </message>
    <message>
        <source>its members would unpack to {size} bytes together (at most {limit} are read)</source>
        <translation>其成员解压后合计将达 {size} 字节（最多读取 {limit} 字节）</translation>
    </message>
    <message>
        <source>{member} unpacks to more than {limit} bytes</source>
        <translation>{member} 解压后超过 {limit} 字节</translation>
    </message>
    <message>
        <source>no office</source>
        <extracomment>Tables whose records belong to an office through their ``office_id``. Link tables: the column and table of the record that owns the link. The links&apos; other ends that are rows the office&apos;s records refer to.</extracomment>
        <translation>无联络处</translation>
    </message>
    <message>
        <source>neither a record of office {office} nor one its records refer to</source>
        <translation>既不是联络处 {office} 的记录，也不是其记录所引用的记录</translation>
    </message>
    <message>
        <source>would move it from office {here} to office {there}</source>
        <translation>会将其从联络处 {here} 移到联络处 {there}</translation>
    </message>
    <message>
        <source>belongs to office {office}</source>
        <translation>属于联络处 {office}</translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message>
        <source>Export a package</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>Include &amp;personal data</source>
        <translation>包含个人数据(&amp;P)</translation>
    </message>
    <message>
        <source>Contacts&apos; e-mails, phones, messaging handles and notes. Without them, names, offices and projects still travel, and the receiving office keeps the details it has.</source>
        <translation>联系人的电子邮件、电话、即时通讯账号和备注。不包含这些时，姓名、联络处和项目仍会传递，接收方联络处保留其已有的详细信息。</translation>
    </message>
    <message>
        <source>&amp;Seal to these offices:</source>
        <translation>为以下联络处密封(&amp;S)：</translation>
    </message>
    <message>
        <source>{office} (key {fingerprint})</source>
        <translation>{office}（密钥 {fingerprint}）</translation>
    </message>
    <message>
        <source>&amp;Choose the file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>To seal packages, choose the office this computer speaks for in Settings, Package keys. This package will not be sealed: anyone who gets the file can read it.</source>
        <translation>要密封数据包，请在“设置”的“数据包密钥”中选择本机所代表的联络处。此数据包将不会密封：任何拿到文件的人都能读取。</translation>
    </message>
    <message>
        <source>No office&apos;s key is trusted here yet (Settings, Package keys), so this package will not be sealed: anyone who gets the file can read it.</source>
        <translation>本机尚未信任任何联络处的密钥（“设置”中的“数据包密钥”），因此此数据包将不会密封：任何拿到文件的人都能读取。</translation>
    </message>
    <message>
        <source>Not sealed: anyone who gets the file can read it, and nothing shows who made it. Tick the offices it is for to seal and sign it.</source>
        <translation>未密封：任何拿到文件的人都能读取，也无法证明是谁创建的。勾选接收方联络处即可将其密封并签名。</translation>
    </message>
    <message>
        <source>Sealed: only the offices ticked and headquarters ({hq}, with its recovery key) can open it; it is signed with this computer&apos;s key.</source>
        <translation>已密封：只有勾选的联络处和总部（{hq}，凭其恢复密钥）能够打开；已使用本机密钥签名。</translation>
    </message>
    <message>
        <source>Sealed: only the offices ticked can open it. Headquarters ({hq}) has no key here, so it cannot.</source>
        <translation>已密封：只有勾选的联络处能够打开。本机没有总部（{hq}）的密钥，因此总部无法打开。</translation>
    </message>
    <message>
        <source>Sealed: only the offices ticked can open it; it is signed with this computer&apos;s key.</source>
        <translation>已密封：只有勾选的联络处能够打开；已使用本机密钥签名。</translation>
    </message>
</context>
<context>
    <name>PackageKeysPanel</name>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Packages made here are signed in this office&apos;s name</source>
        <translation>本机创建的数据包以此联络处的名义签名</translation>
    </message>
    <message>
        <source>Every sealed package is also sealed to headquarters&apos; key, so headquarters can always open it (the recovery key)</source>
        <translation>每个密封数据包也会用总部的密钥密封，因此总部始终能够打开（恢复密钥）</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Speaks for &amp;office:</source>
        <translation>代表联络处(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Headquarters:</source>
        <translation>总部(&amp;H)：</translation>
    </message>
    <message>
        <source>Your office key:</source>
        <translation>您的联络处密钥：</translation>
    </message>
    <message>
        <source>Offices&apos; keys trusted here</source>
        <translation>本机信任的联络处密钥</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>联络处</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Paste a colleague&apos;s office key here</source>
        <translation>在此粘贴同事的联络处密钥</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>信任此密钥(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Open a database to manage package keys.</source>
        <translation>请打开数据库以管理数据包密钥。</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Choose the office this computer speaks for to get its office key.</source>
        <translation>请选择本机所代表的联络处，以获取其联络处密钥。</translation>
    </message>
    <message>
        <source>Fingerprint {fingerprint}: send the key to colleagues, and read them the fingerprint on the phone.</source>
        <translation>指纹 {fingerprint}：请将密钥发送给同事，并通过电话向他们读出指纹。</translation>
    </message>
    <message>
        <source>(not in this database)</source>
        <translation>（不在此数据库中）</translation>
    </message>
    <message>
        <source>This database has no office with id {id}.</source>
        <translation>此数据库中没有 ID 为 {id} 的联络处。</translation>
    </message>
    <message>
        <source>The key of {office}, fingerprint {fingerprint}: trust it only if the office reads you the same fingerprint.</source>
        <translation>{office} 的密钥，指纹 {fingerprint}：仅当该联络处向您读出相同的指纹时才信任它。</translation>
    </message>
    <message>
        <source>Package keys</source>
        <translation>数据包密钥</translation>
    </message>
    <message>
        <source>Nothing was changed.

{error}</source>
        <translation>未做任何更改。

{error}</translation>
    </message>
    <message>
        <source>Replace the office&apos;s key?</source>
        <translation>要替换该联络处的密钥吗？</translation>
    </message>
    <message>
        <source>{office} already has another key here (fingerprint {old}).

Replace it with {new} only if the office told you it made a new key; otherwise someone else may be posing as it.</source>
        <translation>{office} 在本机已有另一个密钥（指纹 {old}）。

仅当该联络处告知您已生成新密钥时，才将其替换为 {new}；否则可能有人在冒充该联络处。</translation>
    </message>
    <message>
        <source>Remove the key?</source>
        <translation>要移除该密钥吗？</translation>
    </message>
    <message>
        <source>Remove the key of {office}? Packages cannot be sealed to it any more, and its next package asks again whether to trust its key.</source>
        <translation>要移除 {office} 的密钥吗？此后将无法再为该联络处密封数据包，收到其下一个数据包时会再次询问是否信任其密钥。</translation>
    </message>
</context>
<context>
    <name>PackageMergeDialog</name>
    <message>
        <source>tag</source>
        <extracomment>The other tables a conflict can be about that the user knows by a name (other tables, such as the links between records, are shown by their name).</extracomment>
        <translation>标签</translation>
    </message>
    <message>
        <source>exchange_rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Merge {file}</source>
        <translation>合并 {file}</translation>
    </message>
    <message>
        <source>Yes, delete this record here</source>
        <translation>是，在此删除这条记录</translation>
    </message>
    <message>
        <source>Yes, delete these {count} records here</source>
        <translation>是，在此删除这 {count} 条记录</translation>
    </message>
    <message>
        <source>This merge deletes a record that is not of the office the package comes from. Check the list, then confirm or cancel.</source>
        <translation>此次合并将删除一条不属于数据包来源联络处的记录。请检查列表，然后确认或取消。</translation>
    </message>
    <message>
        <source>This merge deletes {count} records that are not of the office the package comes from. Check the list, then confirm or cancel.</source>
        <translation>此次合并将删除 {count} 条不属于数据包来源联络处的记录。请检查列表，然后确认或取消。</translation>
    </message>
    <message>
        <source>This merge deletes more than a few records here. Check the list, then confirm or cancel.</source>
        <translation>此次合并将在此删除较多记录。请检查列表，然后确认或取消。</translation>
    </message>
    <message>
        <source>Trust this key for office {office}: fingerprint {fingerprint}</source>
        <translation>信任此密钥为联络处 {office} 的密钥：指纹 {fingerprint}</translation>
    </message>
    <message>
        <source>Made without personal data: the contact details here stay as they are.</source>
        <translation>创建时未包含个人数据：本地的联系人详细信息保持不变。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>联络处</translation>
    </message>
    <message>
        <source>not the package&apos;s office&apos;s</source>
        <translation>不属于数据包所属联络处</translation>
    </message>
    <message>
        <source>Deleted here ({count})</source>
        <translation>在此删除（{count}）</translation>
    </message>
    <message>
        <source>Package row</source>
        <translation>数据包行</translation>
    </message>
    <message>
        <source>Why it is left out</source>
        <translation>忽略原因</translation>
    </message>
    <message>
        <source>Refused ({count})</source>
        <translation>已拒绝（{count}）</translation>
    </message>
    <message>
        <source>Record / field</source>
        <translation>记录 / 字段</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>我方</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>我方</translation>
    </message>
    <message>
        <source>{count} record differs on both sides. The newer edit is kept; the other side&apos;s values are listed here so you can carry anything over by hand.</source>
        <translation>有 {count} 条记录在双方不一致。保留较新的修改；另一方的值列于此处，便于您手动补录。</translation>
    </message>
    <message>
        <source>Differences ({count})</source>
        <translation>差异（{count}）</translation>
    </message>
    <message>
        <source>No conflicting edits.</source>
        <translation>没有冲突的编辑。</translation>
    </message>
    <message>
        <source>{count} records differ on both sides. The newer edit is kept; the other side&apos;s values are listed here so you can carry anything over by hand.</source>
        <translation>{count} 条记录在双方都有改动。已保留较新的编辑；另一方的值列在此处，以便您手动补录需要的内容。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>{file} is encrypted in travel mode (or its key is not in this computer&apos;s keychain). Enter its passphrase to open it.</source>
        <translation>{file} 已以出行模式加密（或其密钥不在本机钥匙串中）。请输入口令以打开它。</translation>
    </message>
    <message>
        <source>That passphrase does not open this file. Try again.</source>
        <translation>此口令无法打开该文件。请重试。</translation>
    </message>
    <message>
        <source>Choose a passphrase for {file}. It opens the file on any computer; nothing is kept on this one, so Office Desk asks for it at every start. A forgotten passphrase cannot be recovered: the data would be lost.</source>
        <translation>请为 {file} 设置口令。凭此口令可在任何电脑上打开该文件；本机不保存任何相关信息，因此 Office Desk 每次启动时都会询问。口令一旦遗忘便无法找回，数据将会丢失。</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>{path}: the PDF could not be written ({reason})</source>
        <translation>{path}：无法写入 PDF（{reason}）</translation>
    </message>
    <message>
        <source>Wrote {json} and {pdf}: everything kept about {name}.</source>
        <translation>已写入 {json} 和 {pdf}：关于 {name} 的全部存储数据。</translation>
    </message>
    <message>
        <source>not erased: erasing cannot be undone, and there is no terminal to ask on; pass --yes to erase {name} without asking</source>
        <translation>未删除：彻底删除无法撤销，且没有可用于确认的终端；如需不经询问彻底删除 {name}，请加上 --yes</translation>
    </message>
    <message>
        <source>Erase {name} ({id}) for good? Every personal field, {links} links to projects, events and tags, and the search index&apos;s entry are removed. This cannot be undone.</source>
        <translation>要彻底删除 {name}（{id}）吗？所有个人信息字段、{links} 个与项目、活动和标签的关联，以及搜索索引中的条目都将被移除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Type yes to erase: </source>
        <translation>输入“是”或 yes 以彻底删除： </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Not erased; nothing was changed.</source>
        <translation>未删除；未做任何更改。</translation>
    </message>
    <message>
        <source>Erased {name} ({id}): every personal field is removed, {links} links are closed and the search index forgets them. The erasure log ({log}) lists the id, so restoring an older backup erases them again; the erasure reaches other copies through sync and packages.</source>
        <translation>已彻底删除 {name}（{id}）：所有个人信息字段均已移除，{links} 个关联已关闭，搜索索引中也不再有此人。彻底删除日志（{log}）记录了该 ID，因此恢复较早的备份时会再次将其删除；删除操作会通过同步和数据包传达到其他副本。</translation>
    </message>
    <message>
        <source>{count} backup made since the person was added still holds them until it is pruned.</source>
        <translation>自添加此人以来创建的 {count} 个备份在被自动清理之前仍含有此人的数据。</translation>
    </message>
    <message>
        <source>{count} backups made since the person was added still hold them until they are pruned.</source>
        <translation>自添加此人以来创建的 {count} 个备份在被自动清理之前仍含有此人的数据。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>联络处</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>{count} contact to review</source>
        <translation>{count} 位联系人待审查</translation>
    </message>
    <message>
        <source>{count} contacts to review</source>
        <translation>{count} 位联系人待审查</translation>
    </message>
    <message>
        <source>The review period is at least one year</source>
        <extracomment>The review period people are asked about first (years without contact). Why the contact is on the list, one translated sentence each.</extracomment>
        <translation>审查期限至少为一年</translation>
    </message>
    <message>
        <source>No legal basis recorded</source>
        <translation>未记录法律依据</translation>
    </message>
    <message>
        <source>Not contacted for more than {count} year (last: {day})</source>
        <translation>超过 {count} 年未联系（上次：{day}）</translation>
    </message>
    <message>
        <source>Not contacted for more than {count} years (last: {day})</source>
        <translation>超过 {count} 年未联系（上次：{day}）</translation>
    </message>
    <message>
        <source>Never contacted, added more than {count} year ago ({day})</source>
        <translation>从未联系，添加于 {count} 年多以前（{day}）</translation>
    </message>
    <message>
        <source>Never contacted, added more than {count} years ago ({day})</source>
        <translation>从未联系，添加于 {count} 年多以前（{day}）</translation>
    </message>
    <message>
        <source>The contact {id} was erased already on {when}; nothing was changed</source>
        <extracomment>The fields an erasure sets, and that &quot;erased wins&quot; protects in sync: the personal fields, the organization the person worked for, the tombstone and the mark. Link rows (project roles, event participations, tags) closed and blanked. Whether the contact was live before (False: it had been deleted already). The erasure log the id was added to.</extracomment>
        <translation>联系人 {id} 已于 {when} 被彻底删除；未做任何更改</translation>
    </message>
    <message>
        <source>This person belongs to another office&apos;s records on the team server: only that office or headquarters can erase them for the whole network. Nothing was changed</source>
        <translation>在团队服务器上，此人属于其他联络处的记录：只有该联络处或总部才能在整个网络中彻底删除此人。未做任何更改</translation>
    </message>
    <message>
        <source>The erasure log {path} cannot be read: {reason}</source>
        <translation>无法读取彻底删除日志 {path}：{reason}</translation>
    </message>
    <message>
        <source>The erasure log {path} is damaged; it lists who was erased, so it is left as it is: restore it from a copy, or move it away to start a new one</source>
        <translation>彻底删除日志 {path} 已损坏；它记录了哪些人已被彻底删除，因此保持原样不动：请从副本恢复它，或将其移走以新建一个</translation>
    </message>
    <message>
        <source>The erasure log {path} cannot be written: {reason}</source>
        <translation>无法写入彻底删除日志 {path}：{reason}</translation>
    </message>
    <message>
        <source>Packages exported from this database since {date} may hold this person too (Office Desk keeps no list of the packages it wrote); so may the other offices&apos; copies of the network.</source>
        <extracomment>At most this many other records found by the person&apos;s name are listed.</extracomment>
        <translation>自 {date} 起从此数据库导出的数据包也可能含有此人（Office Desk 不保存已导出数据包的列表）；其他联络处的网络副本也可能含有此人。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>彻底删除时间</translation>
    </message>
    <message>
        <source>Everything kept about {name}</source>
        <translation>关于 {name} 的全部存储数据</translation>
    </message>
    <message>
        <source>Made by Office Desk on {when} from the database {database}. The same content is in the JSON file written beside this one.</source>
        <translation>由 Office Desk 于 {when} 从数据库 {database} 生成。相同内容也保存在与本文件一同写入的 JSON 文件中。</translation>
    </message>
    <message>
        <source>This person was erased on {when}: every personal field was removed for good; only the id and the dates are kept.</source>
        <translation>此人已于 {when} 被彻底删除：所有个人信息字段均已永久移除；仅保留 ID 和日期。</translation>
    </message>
    <message>
        <source>This contact was deleted on {when}, but its record is still kept (deleted records can be restored); erasing removes it for good.</source>
        <translation>此联系人已于 {when} 删除，但其记录仍然保留（已删除的记录可以恢复）；彻底删除会将其永久移除。</translation>
    </message>
    <message>
        <source>The contact record</source>
        <translation>联系人记录</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>关联时间</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>移除时间</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>No project roles.</source>
        <translation>没有项目角色。</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>没有活动。</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>No tags.</source>
        <translation>没有标签。</translation>
    </message>
    <message>
        <source>The search index</source>
        <translation>搜索索引</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>显示为</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Found by these words</source>
        <translation>可通过这些词找到</translation>
    </message>
    <message>
        <source>The search index holds nothing about this person.</source>
        <translation>搜索索引中没有关于此人的内容。</translation>
    </message>
    <message>
        <source>Other records found by the name</source>
        <translation>按姓名找到的其他记录</translation>
    </message>
    <message>
        <source>Their notes or descriptions may mention this person; not everything found is about them.</source>
        <translation>这些记录的备注或描述中可能提到此人；找到的内容并非都与此人有关。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Backups and packages that may still hold this person</source>
        <translation>可能仍含有此人的备份和数据包</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>No backup of this database was made since then.</source>
        <translation>此后未创建过此数据库的备份。</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>最后修改者</translation>
    </message>
    <message>
        <source>On</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>This database does not sync with a team server, or the person&apos;s records have not been synced yet.</source>
        <translation>此数据库未与团队服务器同步，或此人的记录尚未同步。</translation>
    </message>
    <message>
        <source>Not yet sent to the team server</source>
        <translation>尚未发送到团队服务器</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>另一个值</translation>
    </message>
    <message>
        <source>Team sync</source>
        <translation>团队同步</translation>
    </message>
    <message>
        <source>{text} is not a contact id (a UUID such as 6613c1e0-5885-52a8-81e0-815808a6b507, with or without dashes)</source>
        <translation>{text} 不是联系人 ID（应为 UUID，例如 6613c1e0-5885-52a8-81e0-815808a6b507，可带或不带连字符）</translation>
    </message>
    <message>
        <source>{id} is not a person but a record of another kind ({kind})</source>
        <translation>{id} 不是人员，而是其他类型的记录（{kind}）</translation>
    </message>
    <message>
        <source>No contact with the id {id} in this database</source>
        <translation>此数据库中没有 ID 为 {id} 的联系人</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>导出关于 {name} 的全部数据</translation>
    </message>
    <message>
        <source>Person file: JSON and PDF (*.json *.pdf)</source>
        <translation>个人档案：JSON 和 PDF (*.json *.pdf)</translation>
    </message>
    <message>
        <source>The person file was not written.

{error}</source>
        <translation>个人档案未写入。

{error}</translation>
    </message>
    <message>
        <source>Wrote {json} and {pdf}</source>
        <translation>已写入 {json} 和 {pdf}</translation>
    </message>
    <message>
        <source>Gathering everything about {name}…</source>
        <translation>正在收集关于 {name} 的全部数据…</translation>
    </message>
    <message>
        <source>Gone for good: the name, e-mail addresses, phone numbers, messaging handles, position, city and country, languages, the legal basis and its note, the notes, and the search index&apos;s entry.</source>
        <translation>将被永久移除：姓名、电子邮件地址、电话号码、即时通讯账号、职务、城市和国家、语言、法律依据及其说明、备注，以及搜索索引中的条目。</translation>
    </message>
    <message>
        <source>Also closed and blanked:</source>
        <translation>同时关闭并清空：</translation>
    </message>
    <message>
        <source>Only the id, the office and an “erased” mark stay; sync and packages carry the erasure to the other copies.</source>
        <translation>仅保留 ID、联络处和“已彻底删除”标记；同步和数据包会将此次删除传达到其他副本。</translation>
    </message>
    <message>
        <source>This cannot be undone, not with Undo either. Backups made before keep the person until they are pruned; restoring one erases them again.</source>
        <translation>此操作无法撤销，“撤销”也不行。之前创建的备份在被自动清理之前仍含有此人；恢复其中任何一个时，此人会被再次删除。</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>彻底删除此人</translation>
    </message>
    <message>
        <source>Erase “{name}” for good?</source>
        <translation>要彻底删除“{name}”吗？</translation>
    </message>
    <message>
        <source>Erase for Good</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <source>Erased “{name}”: every personal field is removed for good.</source>
        <translation>已彻底删除“{name}”：所有个人信息字段均已永久移除。</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>Nothing was erased.

{error}</source>
        <translation>未删除任何内容。

{error}</translation>
    </message>
    <message>
        <source>Erasing “{name}”…</source>
        <translation>正在彻底删除“{name}”…</translation>
    </message>
</context>
<context>
    <name>PickLocationDialog</name>
    <message>
        <source>Place on the map</source>
        <translation>在地图上定位</translation>
    </message>
    <message>
        <source>Zoom in and click where it is.</source>
        <translation>放大地图，然后点击其所在位置。</translation>
    </message>
    <message>
        <source>Here: {latitude}, {longitude}. Click again to move the pin, or OK to use it.</source>
        <translation>此处：{latitude}, {longitude}。再次点击可移动图钉，或点击“确定”使用该位置。</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Duplicate: {choice}</source>
        <translation>重复项：{choice}</translation>
    </message>
</context>
<context>
    <name>PrepareTravelDialog</name>
    <message>
        <source>Prepare for travel</source>
        <translation>出行准备</translation>
    </message>
    <message>
        <source>Keep the street map around an office on this computer, for trips without a network. This uses your organisation&apos;s own tile server: OpenStreetMap does not allow downloading its map in bulk (its tiles are kept only as you view them). You can also import an .mbtiles file on the Map page.</source>
        <translation>将联络处周边的街道地图保存在本机，供无网络的出行使用。此功能使用贵单位自己的瓦片服务器：OpenStreetMap 不允许批量下载其地图（其瓦片仅在查看时保存）。也可以在“地图”页面导入 .mbtiles 文件。</translation>
    </message>
    <message>
        <source> km</source>
        <translation> 公里</translation>
    </message>
    <message>
        <source>Tile server</source>
        <translation>瓦片服务器</translation>
    </message>
    <message>
        <source>Around</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <source>From zoom</source>
        <translation>起始缩放级别</translation>
    </message>
    <message>
        <source>To zoom</source>
        <translation>结束缩放级别</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Enter your organisation&apos;s tile server address.</source>
        <translation>请输入贵单位的瓦片服务器地址。</translation>
    </message>
    <message>
        <source>Choose an office.</source>
        <translation>请选择一个联络处。</translation>
    </message>
    <message>
        <source>{office} has no place on the map yet: add its coordinates.</source>
        <translation>{office} 在地图上还没有位置：请添加其坐标。</translation>
    </message>
    <message>
        <source>The first zoom level is above the last one.</source>
        <translation>起始缩放级别高于结束缩放级别。</translation>
    </message>
    <message>
        <source>Tile {done} of {total}…</source>
        <translation>正在下载第 {done} 个瓦片，共 {total} 个…</translation>
    </message>
    <message>
        <source>Downloading the street map…</source>
        <translation>正在下载街道地图…</translation>
    </message>
    <message>
        <source>{fetched} tiles downloaded, {cached} were already here</source>
        <translation>已下载 {fetched} 个瓦片，{cached} 个已存在</translation>
    </message>
    <message>
        <source>, {failed} failed</source>
        <translation>，{failed} 个失败</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation>（已停止）</translation>
    </message>
    <message>
        <source>.</source>
        <comment>end of the download summary</comment>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>ProjectBoard</name>
    <message>
        <source>Office: {office}</source>
        <translation>联络处：{office}</translation>
    </message>
    <message>
        <source>No office</source>
        <translation>无联络处</translation>
    </message>
    <message>
        <source>Partners: {partners}</source>
        <translation>合作方：{partners}</translation>
    </message>
    <message>
        <source>Amount: {amount}</source>
        <translation>金额：{amount}</translation>
    </message>
    <message>
        <source>Signed: {date}</source>
        <translation>签约日期：{date}</translation>
    </message>
    <message>
        <source>Reporting currency: each amount is converted at the rate stored for its signing date (the latest rate when it has no signing date)</source>
        <extracomment>The card with keyboard focus changed: a project id, or None.</extracomment>
        <translation>报告货币：每笔金额按其签约日期所存的汇率换算（无签约日期时使用最新汇率）</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>报告货币</translation>
    </message>
    <message>
        <source>Totals in</source>
        <translation>合计币种</translation>
    </message>
    <message>
        <source>Move “{title}” to {stage}</source>
        <extracomment>What a change must touch for the board to show it.</extracomment>
        <translation>将“{title}”移至{stage}</translation>
    </message>
    <message>
        <source>Move {count} projects to {stage}</source>
        <translation>将{count}个项目移至{stage}</translation>
    </message>
    <message>
        <source>Could not move the project</source>
        <translation>无法移动项目</translation>
    </message>
    <message>
        <source>The stage was not changed.

{error}</source>
        <translation>阶段未更改。

{error}</translation>
    </message>
    <message>
        <source>All stages: {count} project · {amount}</source>
        <translation>全部阶段：{count}个项目 · {amount}</translation>
    </message>
    <message>
        <source>All stages: {count} projects · {amount}</source>
        <translation>全部阶段：{count}个项目 · {amount}</translation>
    </message>
    <message>
        <source>Recorded as:</source>
        <translation>记录为：</translation>
    </message>
    <message>
        <source>Not included: {amounts} (no rate from {currencies} to {currency} on the signing date)</source>
        <translation>未计入：{amounts}（签约日期没有从{currencies}兑换为{currency}的汇率）</translation>
    </message>
    <message>
        <source>These amounts are left out of the totals rather than converted at a guessed rate. Add the missing exchange rate to include them.</source>
        <translation>这些金额不计入合计，以免按猜测的汇率换算。补充缺失的汇率即可将其计入。</translation>
    </message>
    <message>
        <source>No projects match these filters.</source>
        <translation>没有符合这些筛选条件的项目。</translation>
    </message>
    <message>
        <source>No projects yet: add one with New project.</source>
        <translation>尚无项目：点击“新建项目”添加一个。</translation>
    </message>
    <message>
        <source>recorded as {amounts}</source>
        <translation>记录为{amounts}</translation>
    </message>
    <message>
        <source>{count} without amount</source>
        <translation>{count}个无金额</translation>
    </message>
    <message>
        <source>recorded in {count} currencies</source>
        <translation>以 {count} 种货币记录</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>移至阶段</translation>
    </message>
    <message>
        <source>Move to previous stage ({stage})</source>
        <translation>移至上一阶段（{stage}）</translation>
    </message>
    <message>
        <source>Move to next stage ({stage})</source>
        <translation>移至下一阶段（{stage}）</translation>
    </message>
</context>
<context>
    <name>ProjectTotals</name>
    <message>
        <source>No stage</source>
        <translation>无阶段</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Try again</source>
        <extracomment>An amber that reads as &quot;note this&quot; in light and dark palettes alike.</extracomment>
        <translation>重试</translation>
    </message>
    <message>
        <source>Check again whether the file is still open elsewhere</source>
        <translation>再次检查该文件是否仍在别处打开</translation>
    </message>
</context>
<context>
    <name>RecordDetails</name>
    <message>
        <source>Record details</source>
        <extracomment>A usable details column: a label column (&quot;Jobs created&quot;) beside a value column that holds a stage, a date or an amount (&quot;25,000,000.00 EUR&quot;) on one line.</extracomment>
        <translation>记录详情</translation>
    </message>
    <message>
        <source>This record was deleted.</source>
        <translation>此记录已被删除。</translation>
    </message>
    <message>
        <source>Last changed by {user}</source>
        <translation>最后修改者：{user}</translation>
    </message>
    <message>
        <source>Last changed by {user} on {date}</source>
        <translation>最后由 {user} 于 {date} 修改</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <extracomment>The colours of problems (refused) and questions (may be saved after a look). Each row&apos;s message, shown in the message strip (hidden when there is none). Each row&apos;s red mark beside the field; its space is kept when hidden.</extracomment>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Find coordinates</source>
        <extracomment>The editor&apos;s field that shows the named columns (None: the form has no such row).</extracomment>
        <translation>查找坐标</translation>
    </message>
    <message>
        <source>Type the city first, then look it up.</source>
        <translation>请先输入城市，再进行查找。</translation>
    </message>
    <message>
        <source>Looking up {city}…</source>
        <translation>正在查找{city}…</translation>
    </message>
    <message>
        <source>“{city}” is not in the built-in list of places (towns of 5,000 people and more). Type the coordinates, e.g. from a map.</source>
        <translation>“{city}”不在内置地点列表中（人口5,000及以上的城镇）。请输入坐标，例如从地图上获取。</translation>
    </message>
    <message>
        <source>Use these coordinates?</source>
        <translation>是否使用这些坐标？</translation>
    </message>
    <message>
        <source>Places called “{city}”:</source>
        <translation>名为“{city}”的地点：</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <extracomment>The place question is asked once the user changes the country or the coordinates, not about a place saved before (nor on opening: the shapes take a moment to load the first time).</extracomment>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>Fix the problem in red to save.</source>
        <translation>请修正红色标出的问题后再保存。</translation>
    </message>
    <message>
        <source>Fix the {count} problems in red to save.</source>
        <translation>请修正红色标出的{count}个问题后再保存。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>This record was deleted in another window or program while you were editing it. Copy what you need from this form, or restore the record with Undo there, then try again.</source>
        <translation>您编辑此记录期间，它已在另一个窗口或程序中被删除。请从此表单复制所需内容，或在那里用“撤销”恢复该记录，然后重试。</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>已在别处更改</translation>
    </message>
    <message>
        <source>While you were editing, this record was changed in another window or program. Saving would replace those changes in:

• {fields}

Save your version of these fields?</source>
        <translation>在您编辑期间，此记录已在另一个窗口或程序中被更改。保存将覆盖以下字段中的那些更改：

• {fields}

保存您对这些字段的版本吗？</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>是否放弃更改？</translation>
    </message>
</context>
<context>
    <name>RecordFacts</name>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
</context>
<context>
    <name>RecordField</name>
    <message>
        <source>There are several “{text}”: choose one from the list</source>
        <translation>有多个“{text}”：请从列表中选择一个</translation>
    </message>
    <message>
        <source>“{text}” is not in the list (use + to create it)</source>
        <translation>“{text}”不在列表中（点击+可新建）</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Filter {things}…</source>
        <extracomment>The user asked to create, edit or delete (the main window runs the dialogs).</extracomment>
        <translation>筛选{things}…</translation>
    </message>
    <message>
        <source>Type part of a name, place or other text; Chinese, pinyin and German spellings all match</source>
        <translation>输入名称、地点或其他文字的一部分；中文、拼音和德文拼写均可匹配</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>所有联络处</translation>
    </message>
    <message>
        <source>Show only records of this office</source>
        <translation>仅显示此联络处的记录</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>Show only records in this country</source>
        <translation>仅显示此国家的记录</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>所有阶段</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Show only this stage</source>
        <translation>仅显示此阶段</translation>
    </message>
    <message>
        <source>Show only this kind</source>
        <translation>仅显示此类型</translation>
    </message>
    <message>
        <source>Show only this kind of project</source>
        <translation>仅显示此类项目</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>Show only records with this tag</source>
        <translation>仅显示带有此标签的记录</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>{count} (filtered)</source>
        <translation>{count}（已筛选）</translation>
    </message>
    <message>
        <source>No {things} match these filters.
Clear the filter box or choose “All” in the lists above.</source>
        <translation>没有符合这些筛选条件的{things}。
请清空筛选框，或在上方列表中选择“所有”。</translation>
    </message>
    <message>
        <source>No {things} yet.
Press Ctrl+N or the + button to add one.</source>
        <translation>还没有{things}。
按 Ctrl+N 或 + 按钮添加。</translation>
    </message>
    <message>
        <source>Show as a list (Ctrl+Shift+L)</source>
        <translation>以列表显示 (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Show as a board by stage (Ctrl+Shift+B)</source>
        <translation>以按阶段划分的看板显示 (Ctrl+Shift+B)</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>{header}: not sortable</source>
        <translation>{header}：不可排序</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>no {kind} with id {id}</source>
        <translation>没有 ID 为 {id} 的 {kind}</translation>
    </message>
    <message>
        <source>unknown kind {kind}; one of {kinds}</source>
        <translation>未知类型 {kind}；可选值为 {kinds}</translation>
    </message>
</context>
<context>
    <name>Relations</name>
    <message>
        <source>added {date}</source>
        <translation>添加于 {date}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>No exchange rate was needed: every converted amount was already in {currency}.</source>
        <translation>无需使用汇率：所有换算金额原本均以 {currency} 计。</translation>
    </message>
    <message>
        <source>Totals in {currency} use {number} stored exchange rate, the one in force on each converted project&apos;s signing date; it is listed under Exchange rates.</source>
        <translation>以 {currency} 计的合计使用了 {number} 个已存汇率，即各换算项目签约日当天有效的汇率；列于“汇率”一节。</translation>
    </message>
    <message>
        <source>Totals in {currency} use {number} stored exchange rates, each the rate in force on the project&apos;s signing date; they are listed under Exchange rates.</source>
        <translation>以 {currency} 计的合计使用了 {number} 个已存汇率，各为项目签约日当天有效的汇率；列于“汇率”一节。</translation>
    </message>
    <message>
        <source>{number} project at a signed stage has an amount but no signing date, so it cannot be placed in a period and is not in the investment figures.</source>
        <translation>{number} 个处于已签约阶段的项目有金额但没有签约日期，因此无法归入任何期间，未计入投资数据。</translation>
    </message>
    <message>
        <source>{number} projects at a signed stage have an amount but no signing date, so they cannot be placed in a period and are not in the investment figures.</source>
        <translation>{number} 个处于已签约阶段的项目有金额但没有签约日期，因此无法归入任何期间，未计入投资数据。</translation>
    </message>
    <message>
        <source>{number} project signed in the period has no amount recorded.</source>
        <translation>本期签约的 {number} 个项目未记录金额。</translation>
    </message>
    <message>
        <source>{number} projects signed in the period have no amount recorded.</source>
        <translation>本期签约的 {number} 个项目未记录金额。</translation>
    </message>
    <message>
        <source>{number} event in the period is still to come; it is listed but not counted as held.</source>
        <translation>本期有 {number} 项活动尚未举行；已列出，但不计为已举办。</translation>
    </message>
    <message>
        <source>{number} events in the period are still to come; they are listed but not counted as held.</source>
        <translation>本期有 {number} 项活动尚未举行；已列出，但不计为已举办。</translation>
    </message>
    <message>
        <source>{what}: the {shown} latest of {total} are listed (and {more} more not shown).</source>
        <translation>{what}：共 {total} 条，列出最新的 {shown} 条（另有 {more} 条未列出）。</translation>
    </message>
    <message>
        <source>{what}: the {shown} first by name of {total} are listed (and {more} more not shown).</source>
        <translation>{what}：共 {total} 项，按名称列出前 {shown} 项（另有 {more} 项未显示）。</translation>
    </message>
    <message>
        <source> {start} to {end}</source>
        <translation> {start}至{end}</translation>
    </message>
    <message>
        <source> from {date}</source>
        <translation> 自{date}起</translation>
    </message>
    <message>
        <source> until {date}</source>
        <translation> 截至{date}</translation>
    </message>
    <message>
        <source>{place} office report</source>
        <translation>{place}联络处报告</translation>
    </message>
    <message>
        <source>Network report</source>
        <translation>网络报告</translation>
    </message>
    <message>
        <source>{what}: no stored exchange rate to {currency} for {listed}; these amounts are listed per currency but not in the {currency} total.</source>
        <translation>{what}：未存储 {listed} 兑 {currency} 的汇率；这些金额按原币种分别列出，但未计入 {currency} 合计。</translation>
    </message>
    <message>
        <source>Signed investment</source>
        <translation>签约投资额</translation>
    </message>
    <message>
        <source>No office</source>
        <extracomment>Rows of the network&apos;s project and event tables before &quot;and N more&quot;.</extracomment>
        <translation>无联络处</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Million {currency}</source>
        <translation>百万 {currency}</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>million {currency}</source>
        <translation>百万 {currency}</translation>
    </message>
    <message>
        <source>Projects by office and stage</source>
        <translation>各联络处各阶段项目</translation>
    </message>
    <message>
        <source>Signed investment by office (million {currency})</source>
        <translation>各联络处签约投资额（百万 {currency}）</translation>
    </message>
    <message>
        <source>Projects by year</source>
        <translation>各年度项目</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Signed investment by year (million {currency})</source>
        <translation>各年度签约投资额（百万{currency}）</translation>
    </message>
    <message>
        <source>Organizations and contacts per office are those it looks after today; new ones in the period are in the key figures.</source>
        <translation>各联络处的机构和联系人为其当前负责的数量；本期间新增数量见关键数据。</translation>
    </message>
    <message>
        <source>Records with no office (or whose office was deleted) are in the &quot;{row}&quot; row.</source>
        <translation>无所属联络处（或所属联络处已删除）的记录列于“{row}”行。</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Organizations and contacts are those the office looks after today, whenever they were entered.</source>
        <extracomment>Rows per table before &quot;and N more&quot; (the PDF stays printable on a big database).</extracomment>
        <translation>机构和联系人为该联络处当前负责的全部机构和联系人，不论录入时间。</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>{office}: office report</source>
        <translation>{office}：联络处报告</translation>
    </message>
    <message>
        <source>in {currency}</source>
        <extracomment>Width of the printed text block in layout pixels (96 per inch): A4 less the 16 mm side margins (US Letter is a little wider, so what fits A4 fits Letter). Share of the width one unbreakable word may claim; a longer one (a web address) wraps.</extracomment>
        <translation>以{currency}计</translation>
    </message>
    <message>
        <source>Projects by stage in each office</source>
        <translation>各联络处项目阶段分布</translation>
    </message>
    <message>
        <source>Signed investment, organizations, contacts and events</source>
        <translation>签约投资额、机构、联系人和活动</translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation>{label}：{count}</translation>
    </message>
    <message>
        <source>Projects in the period</source>
        <translation>本期项目</translation>
    </message>
    <message>
        <source>Signed investment ({currency})</source>
        <translation>签约投资额（{currency}）</translation>
    </message>
    <message>
        <source>{number} project signed in the period</source>
        <translation>本期签约项目 {number} 个</translation>
    </message>
    <message>
        <source>{number} projects signed in the period</source>
        <translation>本期签约项目 {number} 个</translation>
    </message>
    <message>
        <source>Not converted (no rate): {amounts}</source>
        <translation>未换算（无汇率）：{amounts}</translation>
    </message>
    <message>
        <source>New organizations</source>
        <translation>新增机构</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>新增联系人</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>已举办活动</translation>
    </message>
    <message>
        <source>Still to come: {count}</source>
        <translation>尚未举行：{count}</translation>
    </message>
    <message>
        <source>Projects by stage</source>
        <translation>各阶段项目</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>全部联络处</translation>
    </message>
    <message>
        <source>A project counts in the period by its signing date, else its announcement date, else the day it was entered; signed investment is that of projects at stage Signed, In progress or Completed whose signing date is in the period, each converted at the exchange rate in force on its signing date.</source>
        <translation>项目按签约日期计入统计期；无签约日期的按宣布日期计入，两者皆无的按录入日期计入。签约投资额指处于“已签约”“实施中”或“已完成”阶段且签约日期在本期内的项目的投资额，每个项目均按其签约日期当日有效的汇率折算。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>… and {count} more not shown.</source>
        <translation>……另有 {count} 条未列出。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期间开始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>报告货币</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>联络处</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Projects: {stage}</source>
        <translation>项目：{stage}</translation>
    </message>
    <message>
        <source>Projects signed in the period</source>
        <translation>本期签约项目</translation>
    </message>
    <message>
        <source>Signed investment in {currency}</source>
        <translation>签约投资额（{currency}）</translation>
    </message>
    <message>
        <source>Signed investment, total in {currency}</source>
        <translation>签约投资总额（{currency}）</translation>
    </message>
    <message>
        <source>Not converted to {currency} (no rate): {code}</source>
        <translation>未换算为 {currency}（无汇率）：{code}</translation>
    </message>
    <message>
        <source>Events held: {kind}</source>
        <translation>已举办活动：{kind}</translation>
    </message>
    <message>
        <source>Events still to come in the period</source>
        <translation>本期间内尚未举行的活动</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>原文名称</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Counterpart office</source>
        <translation>对口联络处</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>重点领域</translation>
    </message>
    <message>
        <source>Office details</source>
        <translation>联络处信息</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>Amount in {currency}</source>
        <translation>金额（{currency}）</translation>
    </message>
    <message>
        <source>Not converted</source>
        <translation>未折算</translation>
    </message>
    <message>
        <source>Offices side by side</source>
        <translation>各联络处对比</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原币</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目标货币</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Amounts converted</source>
        <translation>折算金额数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Office Desk · Office report</source>
        <translation>Office Desk · 联络处报告</translation>
    </message>
    <message>
        <source>Office Desk · Network report</source>
        <translation>Office Desk · 网络报告</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Reporting currency:</source>
        <translation>报告货币：</translation>
    </message>
    <message>
        <source>Generated {when}</source>
        <translation>生成于 {when}</translation>
    </message>
    <message>
        <source>No details recorded.</source>
        <translation>未记录详细信息。</translation>
    </message>
    <message>
        <source>No data in this period.</source>
        <translation>本期间无数据。</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>本期内无。</translation>
    </message>
    <message>
        <source>The office looks after no organizations.</source>
        <translation>该联络处目前未负责任何机构。</translation>
    </message>
    <message>
        <source>The office has no contacts.</source>
        <translation>该联络处暂无联系人。</translation>
    </message>
    <message>
        <source>Exchange rates used</source>
        <translation>所用汇率</translation>
    </message>
    <message>
        <source>No exchange rate was needed for the totals.</source>
        <translation>合计金额无需使用汇率。</translation>
    </message>
    <message>
        <source>Made with Office Desk on {when}. Dates are written YYYY-MM-DD; amounts carry their currency code.</source>
        <translation>由 Office Desk 于 {when} 生成。日期格式为 YYYY-MM-DD；金额均附货币代码。</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>联络处</translation>
    </message>
    <message>
        <source>Chart {name}</source>
        <translation>图表 {name}</translation>
    </message>
    <message>
        <source>Jan</source>
        <extracomment>Sections ticked when the user has not chosen (contacts stay out).</extracomment>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{year}年{month}{day}日</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>自{date}起</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>截至{date}</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>全部时间</translation>
    </message>
</context>
<context>
    <name>ReportFormats</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <extracomment>File-dialog filters (English; the GUI shows them translated, context &quot;ReportFormats&quot;).</extracomment>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>The map picture could not be drawn ({error}).</source>
        <translation>无法绘制地图图像（{error}）。</translation>
    </message>
    <message>
        <source>Office Desk · generated {when}</source>
        <extracomment>The footer texts (context &quot;ReportPdf&quot;, as the GUI&apos;s print code has always used).</extracomment>
        <translation>Office Desk · 生成于 {when}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>Office details</source>
        <extracomment>Sections of an office report, in report order, with the labels the GUI shows.</extracomment>
        <translation>联络处信息</translation>
    </message>
    <message>
        <source>Key figures</source>
        <extracomment>Sections of a network report, in report order, with the labels the GUI shows.</extracomment>
        <translation>关键数据</translation>
    </message>
    <message>
        <source>Map of the office&apos;s network</source>
        <translation>联络处网络地图</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Contact details (personal data)</source>
        <translation>联系人详情（个人数据）</translation>
    </message>
    <message>
        <source>Offices side by side</source>
        <translation>各联络处对比</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Map of the network</source>
        <translation>网络地图</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <extracomment>Sections ticked unless the user untick them (contact details never are). The office name as stored, beside the name shown in the office list (file names)</extracomment>
        <translation>联络处(&amp;O)</translation>
    </message>
    <message>
        <source>The whole &amp;network</source>
        <translation>整个网络(&amp;N)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>联络处</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>报告货币</translation>
    </message>
    <message>
        <source>Totals are converted to this currency at the rate stored for each project&apos;s signing date; amounts without a rate are listed apart, never dropped.</source>
        <translation>合计金额按各项目签约日期所存的汇率换算为此货币；没有汇率的金额会单独列出，绝不会被舍弃。</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美式信纸（US Letter）</translation>
    </message>
    <message>
        <source>Report on</source>
        <translation>报告范围</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>结束日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Include contact &amp;details (personal data)</source>
        <translation>包含联系人详细信息（个人数据）(&amp;D)</translation>
    </message>
    <message>
        <source>Names, e-mail addresses and phone numbers of people. Left out unless you tick this: a report often travels further than its author expects.</source>
        <translation>人员的姓名、电子邮件地址和电话号码。除非勾选此项，否则不包含在内：报告的流传范围往往超出作者的预期。</translation>
    </message>
    <message>
        <source>Figures and paper</source>
        <translation>数据与纸张</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C)：</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>纸张(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Show the report&apos;s pages with these choices</source>
        <translation>按这些选项显示报告页面</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Save as PDF, Excel workbook, CSV or web page</source>
        <translation>保存为PDF、Excel工作簿、CSV或网页</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose what to report on, then press Preview.</source>
        <translation>选择报告内容，然后点击“预览”。</translation>
    </message>
    <message>
        <source>The period ends before it starts; check the two dates.</source>
        <translation>时间段的结束日期早于开始日期，请检查这两个日期。</translation>
    </message>
    <message>
        <source>Tick at least one section.</source>
        <translation>请至少勾选一个章节。</translation>
    </message>
    <message>
        <source>The data changed since this preview; press Preview to bring it up to date.</source>
        <translation>自此次预览以来数据已更改；请点击“预览”进行更新。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Gathering the figures…</source>
        <translation>正在汇总数据…</translation>
    </message>
    <message>
        <source>The report could not be made.

{error}</source>
        <translation>无法生成报告。

{error}</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Drawing the charts and the map…</source>
        <translation>正在绘制图表和地图…</translation>
    </message>
    <message>
        <source>{count} page.</source>
        <translation>共{count}页。</translation>
    </message>
    <message>
        <source>{count} pages.</source>
        <translation>共{count}页。</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>{scope} report {period}</source>
        <translation>{scope}报告 {period}</translation>
    </message>
    <message>
        <source>The report was not saved.

{error}</source>
        <translation>报告未保存。

{error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Saved the report to {path}</source>
        <translation>已将报告保存到 {path}</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>Printing failed.

{error}</source>
        <translation>打印失败。

{error}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Daily</source>
        <extracomment>The kinds counted, in column order: the registry&apos;s (core.store.backup.KINDS counts each of them).</extracomment>
        <translation>每日</translation>
    </message>
    <message>
        <source>On close</source>
        <translation>关闭时</translation>
    </message>
    <message>
        <source>Before import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before merge</source>
        <translation>合并前</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Before removing unknown objects</source>
        <translation>移除未知对象前</translation>
    </message>
    <message>
        <source>Before upgrade (schema {revision})</source>
        <translation>升级前（架构 {revision}）</translation>
    </message>
    <message>
        <source>Restore {file} from a Backup</source>
        <translation>从备份恢复 {file}</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>Current file: cannot be read ({problem})</source>
        <translation>当前文件：无法读取（{problem}）</translation>
    </message>
    <message>
        <source>Current file: {counts}</source>
        <translation>当前文件：{counts}</translation>
    </message>
    <message>
        <source>Now: {count}</source>
        <translation>当前：{count}</translation>
    </message>
    <message>
        <source>Cannot be restored: {problem}</source>
        <translation>无法恢复：{problem}</translation>
    </message>
    <message>
        <source>No backups of this file yet.

Office Desk makes one every day you open it (when the file has changed since its last backup), one when you close it after changes, and one before every import, merge, restore or upgrade.

Backups are kept in:
{folder}</source>
        <translation>此文件尚无备份。

Office Desk 会在您每天打开文件时（若自上次备份以来文件有变化）、在更改后关闭时，以及每次导入、合并、恢复或升级之前各创建一个备份。

备份保存在：
{folder}</translation>
    </message>
    <message>
        <source>{file} cannot be restored: {problem}</source>
        <translation>{file} 无法恢复：{problem}</translation>
    </message>
    <message>
        <source>Replace the current file with the backup made on {made} ({reason})?</source>
        <translation>用 {made} 创建的备份（{reason}）替换当前文件吗？</translation>
    </message>
    <message>
        <source>The current file is backed up first (as “Before restore”), so you can go back to it from this list. Anything added or changed since the backup was made will no longer be in the file.</source>
        <translation>当前文件会先被备份（标记为“恢复前”），您可以从此列表恢复到它。备份之后添加或更改的内容将不再保留在文件中。</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>备份中</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Data-Protection Review</source>
        <translation>数据保护审查</translation>
    </message>
    <message>
        <source>Contacts whose data should be looked at again: record why they are kept (the legal basis), or erase them.</source>
        <translation>需要重新检查其数据的联系人：请记录保留的理由（法律依据），或将其彻底删除。</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Not contacted for longer than this</source>
        <translation>未联系的时间超过此值</translation>
    </message>
    <message>
        <source>Not contacted for more than</source>
        <translation>未联系时间超过</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>打开联系人(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>彻底删除(&amp;E)…</translation>
    </message>
    <message>
        <source> year</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>{count} contact to review</source>
        <translation>{count} 位联系人待审查</translation>
    </message>
    <message>
        <source>{count} contacts to review</source>
        <translation>{count} 位联系人待审查</translation>
    </message>
</context>
<context>
    <name>SaveQuestions</name>
    <message>
        <source>Check the place on the map</source>
        <translation>请核对地图上的位置</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Go back and correct</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <source>This project is at a signed stage but has no signing date. Reports for a period count projects by their signing date, so they will leave it out until the date is entered.</source>
        <translation>此项目处于已签约阶段，但没有签约日期。期间报告按签约日期统计项目，因此在填写日期之前，报告将不包含此项目。</translation>
    </message>
    <message>
        <source>Signing date</source>
        <translation>签约日期</translation>
    </message>
    <message>
        <source>Save without a date</source>
        <translation>不填日期保存</translation>
    </message>
    <message>
        <source>Go back and enter the date</source>
        <translation>返回填写日期</translation>
    </message>
</context>
<context>
    <name>SchemaAudit</name>
    <message>
        <source>table</source>
        <extracomment>Object types SQLite keeps in sqlite_master, in the order they are dropped. Object types that can be re-created from their SQL without touching data. Bump when the cache file&apos;s layout changes. How many objects a one-line message names before &quot;and N more&quot;.</extracomment>
        <translation>表</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>{object} (changed)</source>
        <extracomment>FOREIGN, CHANGED or MISSING. The file&apos;s object (foreign, changed), or the expected one (missing). Office Desk&apos;s own definition (changed, missing), else None.</extracomment>
        <translation>{object}（已修改）</translation>
    </message>
    <message>
        <source>{object} (missing)</source>
        <translation>{object}（缺失）</translation>
    </message>
    <message>
        <source>{object}: differs from the one Office Desk makes</source>
        <translation>{object}：与 Office Desk 创建的不同</translation>
    </message>
    <message>
        <source>{object}: missing</source>
        <translation>{object}：缺失</translation>
    </message>
    <message>
        <source>{object}: not made by Office Desk</source>
        <translation>{object}：不是 Office Desk 创建的</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>以及另外 {count} 个</translation>
    </message>
    <message>
        <source>{type} {name} on {table}</source>
        <translation>{table} 上的{type} {name}</translation>
    </message>
    <message>
        <source>{type} {name}</source>
        <translation>{type} {name}</translation>
    </message>
    <message>
        <source>{path}: the database holds objects Office Desk did not make: {objects}. They could change or copy records whenever Office Desk saves, so the file was not opened and not changed; open it in the Office Desk app to review and remove them</source>
        <translation>{path}：数据库中含有并非 Office Desk 创建的对象：{objects}。它们可能在 Office Desk 每次保存时修改或复制记录，因此文件未被打开，也未被修改；请在 Office Desk 应用中打开文件，检查并移除它们</translation>
    </message>
    <message>
        <source>{path}: the database&apos;s tables are not the ones Office Desk makes: {objects}. The file was not opened and not changed; restore a backup of it, or ask whoever gave it to you</source>
        <translation>{path}：数据库的表与 Office Desk 创建的不一致：{objects}。文件未被打开，也未被修改；请恢复其备份，或询问把文件交给您的人</translation>
    </message>
    <message>
        <source>{path}: the file changed since it was checked; nothing was removed (open it again)</source>
        <translation>{path}：文件自检查后已发生变化；未移除任何内容（请重新打开）</translation>
    </message>
    <message>
        <source>{path}: the objects could not all be removed ({objects}); nothing was changed</source>
        <translation>{path}：无法全部移除这些对象（{objects}）；未做任何更改</translation>
    </message>
    <message>
        <source>{path}: the objects could not be removed ({reason}); nothing was changed</source>
        <translation>{path}：无法移除这些对象（{reason}）；未做任何更改</translation>
    </message>
</context>
<context>
    <name>SealedPackage</name>
    <message>
        <source>{name}: a damaged sealed package ({what}); nothing was imported</source>
        <extracomment>The suffix a sealed package is saved with. The longest header read (a header naming 50 offices is about 8 KB). The most offices one package may be sealed to. What :func:`trust_status` says of a signed package&apos;s sender.</extracomment>
        <translation>{name}：密封数据包已损坏（{what}）；未导入任何内容</translation>
    </message>
    <message>
        <source>the file ends too early</source>
        <translation>文件提前结束</translation>
    </message>
    <message>
        <source>it does not start as one</source>
        <translation>其开头不是密封数据包的格式</translation>
    </message>
    <message>
        <source>its header claims {size} bytes (at most {limit})</source>
        <translation>其头部声明为 {size} 字节（最多 {limit}）</translation>
    </message>
    <message>
        <source>{name}: the sealed package claims {size} bytes of content (at most {limit} are read); nothing was imported</source>
        <translation>{name}：密封数据包声明内容为 {size} 字节（最多读取 {limit} 字节）；未导入任何内容</translation>
    </message>
    <message>
        <source>there are bytes after its signature</source>
        <translation>签名之后还有多余的字节</translation>
    </message>
    <message>
        <source>its content is too large</source>
        <translation>其内容过大</translation>
    </message>
    <message>
        <source>its header is not valid: {field}</source>
        <translation>其头部无效：{field}</translation>
    </message>
    <message>
        <source>its header is not JSON</source>
        <translation>其头部不是 JSON</translation>
    </message>
    <message>
        <source>{source}: REFUSED: signed in the name of office {office} with a different key than the one trusted here (fingerprint {new}, trusted {old}). Someone else may have made it; nothing was imported. If the office really made a new key, check its fingerprint with them and replace the key in Settings, Package keys</source>
        <translation>{source}：已拒绝：以联络处 {office} 的名义签名，但所用密钥与本机信任的不同（指纹 {new}，本机信任的为 {old}）。可能是他人所制；未导入任何内容。如果该联络处确实生成了新密钥，请与对方核对其指纹，然后在“设置”的“数据包密钥”中替换密钥</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search everything</source>
        <translation>全局搜索</translation>
    </message>
    <message>
        <source>Search offices, organizations, people, projects, events…</source>
        <translation>搜索联络处、机构、人员、项目、活动…</translation>
    </message>
    <message>
        <source>Type a name in any script: 张伟, Zhang Wei, Müller or Mueller.</source>
        <translation>可用任意文字输入姓名：张伟、Zhang Wei、Müller 或 Mueller。</translation>
    </message>
    <message>
        <source>{count} found · ↑↓ to choose · Enter to open · Esc to close</source>
        <translation>找到 {count} 项 · ↑↓ 选择 · Enter 打开 · Esc 关闭</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation>没有与“{text}”匹配的结果。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Choose a folder for the backups.</source>
        <extracomment>Offered in every database, besides the currencies its exchange rates use. Public street maps that need no key (xyzservices names); each fetches only the tiles looked at, and keeps them in the cache. The settings this dialog shows, in the order of its fields.</extracomment>
        <translation>请选择备份文件夹。</translation>
    </message>
    <message>
        <source>Give the whole path of the folder, starting from the drive or /.</source>
        <translation>请输入文件夹的完整路径，从驱动器或 / 开始。</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>这是一个文件，不是文件夹。</translation>
    </message>
    <message>
        <source>Office Desk may not write in this folder.</source>
        <translation>Office Desk 无权写入此文件夹。</translation>
    </message>
    <message>
        <source>The folder cannot be made: {path} is a file.</source>
        <translation>无法创建文件夹：{path} 是一个文件。</translation>
    </message>
    <message>
        <source>The folder does not exist and cannot be made in {path}.</source>
        <translation>文件夹不存在，且无法在 {path} 中创建。</translation>
    </message>
    <message>
        <source>Use an address like https://tiles.example.org/{z}/{x}/{y}.png</source>
        <translation>请使用类似 https://tiles.example.org/{z}/{x}/{y}.png 的地址</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>A new language applies after Office Desk restarts.</source>
        <translation>新语言将在 Office Desk 重启后生效。</translation>
    </message>
    <message>
        <source>Totals on the project board, the office dashboard and in reports are converted to this currency at the rate stored for each signing date.</source>
        <translation>项目看板、联络处概览和报告中的合计金额，按各签约日期存储的汇率换算为此货币。</translation>
    </message>
    <message>
        <source>The office chosen first in reports and new records (in this database)</source>
        <translation>报告和新记录中默认选择的联络处（仅限此数据库）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Packages you make for other offices say who made them; empty: the name you log in with</source>
        <translation>您为其他联络处创建的数据包会注明创建者；留空则使用您的登录名</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Reporting &amp;currency:</source>
        <translation>报告货币(&amp;C)：</translation>
    </message>
    <message>
        <source>Default &amp;office:</source>
        <translation>默认联络处(&amp;O)：</translation>
    </message>
    <message>
        <source>Your &amp;name on packages:</source>
        <translation>数据包上的署名(&amp;N)：</translation>
    </message>
    <message>
        <source>Street tiles are fetched only when the map&apos;s “Street map when online” is ticked, and only those you look at; each is kept in the cache.</source>
        <translation>仅当勾选地图的“联网时显示街道地图”时才会获取街道瓦片，且只获取您查看的部分；每个瓦片都会保存在缓存中。</translation>
    </message>
    <message>
        <source>OpenStreetMap (standard)</source>
        <translation>OpenStreetMap（标准）</translation>
    </message>
    <message>
        <source>OpenStreetMap (German style)</source>
        <translation>OpenStreetMap（德国样式）</translation>
    </message>
    <message>
        <source>OpenStreetMap France</source>
        <translation>OpenStreetMap France</translation>
    </message>
    <message>
        <source>OpenStreetMap Humanitarian</source>
        <translation>OpenStreetMap Humanitarian</translation>
    </message>
    <message>
        <source>OpenTopoMap (terrain)</source>
        <translation>OpenTopoMap（地形）</translation>
    </message>
    <message>
        <source>Your organisation&apos;s own tile server. When set, the street map comes from it instead of the map above, and Prepare for travel may download from it.</source>
        <translation>贵单位自己的瓦片服务器。设置后，街道地图将改为从该服务器获取，而不是上面选择的地图，并且“出行准备”可从该服务器下载。</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>When the street tiles kept on this computer take more room, the ones used longest ago are removed. Imported offline maps do not count.</source>
        <translation>当本机保存的街道瓦片超过此大小时，将删除最久未使用的瓦片。导入的离线地图不计在内。</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>&amp;Street map:</source>
        <translation>街道地图(&amp;S)：</translation>
    </message>
    <message>
        <source>Own &amp;tile server:</source>
        <translation>自有瓦片服务器(&amp;T)：</translation>
    </message>
    <message>
        <source>Tile cache &amp;up to:</source>
        <translation>瓦片缓存上限(&amp;U)：</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>The oldest backups of a database are removed when there are more than this.</source>
        <translation>数据库的备份超过此数量时，将删除最早的备份。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>备份文件夹(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>保留最近(&amp;K)：</translation>
    </message>
    <message>
        <source>Package keys</source>
        <translation>数据包密钥</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Privacy and keys</source>
        <translation>隐私与密钥(&amp;P)</translation>
    </message>
    <message>
        <source>Now {size} MB in use.</source>
        <translation>当前已使用 {size} MB。</translation>
    </message>
    <message>
        <source>An office of another database</source>
        <translation>其他数据库的联络处</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>备份文件夹</translation>
    </message>
</context>
<context>
    <name>SigningDateDialog</name>
    <message>
        <source>Signing date</source>
        <translation>签约日期</translation>
    </message>
    <message>
        <source>When was “{title}” signed?</source>
        <translation>“{title}”是何时签约的？</translation>
    </message>
    <message>
        <source>When were these {count} projects signed?</source>
        <translation>这 {count} 个项目是何时签约的？</translation>
    </message>
    <message>
        <source>Period reports count a project by its signing date; without one it is left out of them.</source>
        <translation>期间报告按签约日期统计项目；没有签约日期的项目不会出现在报告中。</translation>
    </message>
    <message>
        <source>Projects: {titles}</source>
        <translation>项目：{titles}</translation>
    </message>
    <message>
        <source>Projects that already have a signing date keep it.</source>
        <translation>已有签约日期的项目保留原日期。</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>签约日期：</translation>
    </message>
    <message>
        <source>Move to {stage}</source>
        <translation>移至{stage}</translation>
    </message>
    <message>
        <source>Move without a date</source>
        <translation>不填日期移动</translation>
    </message>
    <message>
        <source>The project is left out of period reports until its signing date is entered in the project</source>
        <translation>在项目中填写签约日期之前，期间报告不会包含该项目</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Number of projects at stage {stage}</source>
        <translation>{stage}阶段的项目数</translation>
    </message>
    <message>
        <source>{stage} projects</source>
        <translation>{stage}阶段的项目</translation>
    </message>
    <message>
        <source>no amounts</source>
        <translation>无金额</translation>
    </message>
    <message>
        <source>No amounts recorded at this stage</source>
        <translation>此阶段未记录金额</translation>
    </message>
    <message>
        <source>Recorded as:</source>
        <translation>记录为：</translation>
    </message>
    <message>
        <source>⚠ + {amounts} (no rate)</source>
        <translation>⚠ + {amounts}（无汇率）</translation>
    </message>
    <message>
        <source>{amounts} not converted: no exchange rate to {currency} on the signing date</source>
        <translation>{amounts}未换算：签约日期没有兑换为{currency}的汇率</translation>
    </message>
    <message>
        <source>{count} without amount</source>
        <translation>{count}个无金额</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>{kind} “{title}”, {field}: the server refused your change ({other}); it keeps {kept}</source>
        <translation>{kind}“{title}”，{field}：服务器拒绝了您的修改（{other}），保留 {kept}</translation>
    </message>
    <message>
        <source>{kind} “{title}”, {field}: kept {kept} ({kept_by}), the other value was {other} ({other_by})</source>
        <translation>{kind}“{title}”，{field}：保留 {kept}（{kept_by}），另一个值为 {other}（{other_by}）</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>deleted on {when}</source>
        <translation>于 {when} 删除</translation>
    </message>
    <message>
        <source>No password for {user} in the keychain: connect to the team server in the app (Team &gt; Connect), or set {variable}</source>
        <translation>钥匙串中没有 {user} 的密码：请在应用中连接团队服务器（团队 &gt; 连接），或设置 {variable}</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain: {reason}</source>
        <translation>无法将密码保存到钥匙串：{reason}</translation>
    </message>
    <message>
        <source>{url} is not a server address: {reason}</source>
        <extracomment>The oldest laptop schema revision that may sync with a server this app initialised: 0006, the first that knows the erased mark: &quot;erased wins&quot; is applied by the laptops, so an older one could push a person&apos;s fields back over an erasure. Raised when a two-step schema change drops the old form of a field that older clients still write. Login names: what PostgreSQL accepts unquoted, so administrators can type them.</extracomment>
        <translation>{url} 不是服务器地址：{reason}</translation>
    </message>
    <message>
        <source>{url} is not a PostgreSQL address (postgresql://HOST/DATABASE)</source>
        <translation>{url} 不是 PostgreSQL 地址（postgresql://主机/数据库）</translation>
    </message>
    <message>
        <source>The team server {server} refused the login: {reason}</source>
        <translation>团队服务器 {server} 拒绝了登录：{reason}</translation>
    </message>
    <message>
        <source>The team server {server} has no such user: {reason}</source>
        <translation>团队服务器 {server} 上没有此用户：{reason}</translation>
    </message>
    <message>
        <source>Cannot reach the team server {server}: {reason}</source>
        <translation>无法连接团队服务器 {server}：{reason}</translation>
    </message>
    <message>
        <source>{server} is not an Office Desk team server yet: run office-desk server init</source>
        <translation>{server} 还不是 Office Desk 团队服务器：请运行 office-desk server init</translation>
    </message>
    <message>
        <source>{name!r} cannot be a login name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter (at most 63)</source>
        <translation>{name!r} 不能作为登录名：请使用小写字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;，并以字母开头（最多 63 个字符）</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>No single office on the server matches {office!r} (offices: {known}). A headquarters account (--hq) can sync the network to the server first.</source>
        <translation>服务器上没有唯一与 {office!r} 匹配的办事处（办事处：{known}）。可先由总部账户（--hq）将网络同步到服务器。</translation>
    </message>
    <message>
        <source>A person belongs to an office: give --office</source>
        <translation>每个人都属于一个办事处：请指定 --office</translation>
    </message>
    <message>
        <source>A login named {name} exists already</source>
        <translation>名为 {name} 的登录已存在</translation>
    </message>
    <message>
        <source>The server has no person with the login {name}</source>
        <translation>服务器上没有登录名为 {name} 的人员</translation>
    </message>
    <message>
        <source>sent {count} change</source>
        <translation>已发送 {count} 处修改</translation>
    </message>
    <message>
        <source>sent {count} changes</source>
        <translation>已发送 {count} 处修改</translation>
    </message>
    <message>
        <source>received {count} record</source>
        <translation>已接收 {count} 条记录</translation>
    </message>
    <message>
        <source>received {count} records</source>
        <translation>已接收 {count} 条记录</translation>
    </message>
    <message>
        <source>{count} conflict to look at</source>
        <translation>{count} 个冲突待查看</translation>
    </message>
    <message>
        <source>{count} conflicts to look at</source>
        <translation>{count} 个冲突待查看</translation>
    </message>
    <message>
        <source>{count} change refused</source>
        <translation>{count} 处修改被拒绝</translation>
    </message>
    <message>
        <source>{count} changes refused</source>
        <translation>{count} 处修改被拒绝</translation>
    </message>
    <message>
        <source>Synced with {server}: {what}</source>
        <translation>已与 {server} 同步：{what}</translation>
    </message>
    <message>
        <source>This file syncs with {joined}, not {server}: a file belongs to one team server (sync a new file to join another)</source>
        <translation>此文件与 {joined} 同步，而非 {server}：一个文件只属于一个团队服务器（如需加入其他服务器，请同步一个新文件）</translation>
    </message>
    <message>
        <source>This file has no team server yet: give --server and --user</source>
        <translation>此文件尚无团队服务器：请指定 --server 和 --user</translation>
    </message>
    <message>
        <source>The team server refused the sync: {reason}</source>
        <translation>团队服务器拒绝了同步：{reason}</translation>
    </message>
    <message>
        <source>This Office Desk (data revision {mine}) is older than the team server allows ({minimum}): update Office Desk to sync again; your changes stay queued</source>
        <translation>此 Office Desk（数据版本 {mine}）低于团队服务器允许的版本（{minimum}）：请更新 Office Desk 后再同步；您的修改会保留在队列中</translation>
    </message>
    <message>
        <source>The team server (data revision {theirs}) is older than this Office Desk ({mine}): it keeps working offline until the administrator runs office-desk server init with this version</source>
        <translation>团队服务器（数据版本 {theirs}）比此 Office Desk（{mine}）旧：在管理员用此版本运行 office-desk server init 之前，将继续离线工作</translation>
    </message>
    <message>
        <source>This login has no Office Desk account on the team server</source>
        <translation>此登录在团队服务器上没有 Office Desk 账户</translation>
    </message>
    <message>
        <source>{server} is not an Office Desk team server</source>
        <translation>{server} 不是 Office Desk 团队服务器</translation>
    </message>
</context>
<context>
    <name>TagsField</name>
    <message>
        <source>tags, separated by commas</source>
        <translation>标签，以逗号分隔</translation>
    </message>
    <message>
        <source>Existing tags: {tags}</source>
        <translation>现有标签：{tags}</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Sync now (F5)</source>
        <extracomment>How often an open file that belongs to a team syncs by itself (milliseconds). The first sync after a file opens, once the window is up. A sync never shows the background worker&apos;s progress dialog (a day: never). A sync went through: its :class:`~office_desk.core.sync.SyncResult`. A sync did not go through: the exception (offline: ServerUnreachable). What the last failed sync needs the user to know (&quot;Update Office Desk...&quot;), with the server&apos;s whole message; &quot;&quot; after a sync that went through. Passwords of this session when the computer has no keychain: (server, user).</extracomment>
        <translation>立即同步（F5）</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Not connected to a team server</source>
        <translation>未连接团队服务器</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Offline — 1 change waiting</source>
        <translation>离线 — 1 处修改待同步</translation>
    </message>
    <message>
        <source>Offline — {count} changes waiting</source>
        <translation>离线 — {count} 处修改待同步</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 个冲突</translation>
    </message>
    <message>
        <source>{count} conflicts</source>
        <translation>{count} 个冲突</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 处修改待同步</translation>
    </message>
    <message>
        <source>{count} changes waiting</source>
        <translation>{count} 处修改待同步</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>This file is not shared with a team server. Click to connect to your team&apos;s server.</source>
        <translation>此文件未与团队服务器共享。点击连接到团队服务器。</translation>
    </message>
    <message>
        <source>Team server: {server}</source>
        <translation>团队服务器：{server}</translation>
    </message>
    <message>
        <source>{user} ({office})</source>
        <translation>{user}（{office}）</translation>
    </message>
    <message>
        <source>Signed in as: {user}</source>
        <translation>登录身份：{user}</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>上次同步：{when}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>The server cannot be reached. Work on: your changes wait here and go out with the next sync.</source>
        <translation>无法连接服务器。请继续工作：您的修改会保存在本地，并在下次同步时发送。</translation>
    </message>
    <message>
        <source>Click to sign in again.</source>
        <translation>点击重新登录。</translation>
    </message>
    <message>
        <source>Click to see the conflicts.</source>
        <translation>点击查看冲突。</translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation>点击立即同步。</translation>
    </message>
    <message>
        <source>Syncing with the team server…</source>
        <translation>正在与团队服务器同步…</translation>
    </message>
    <message>
        <source>The server needs an update</source>
        <translation>服务器需要更新</translation>
    </message>
    <message>
        <source>Update Office Desk to sync</source>
        <translation>请更新 Office Desk 以进行同步</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>未同步</translation>
    </message>
    <message>
        <source>The sync did not go through; see the log for details.</source>
        <translation>同步未完成；详情请查看日志。</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>团队服务器</translation>
    </message>
    <message>
        <source>{problem} The password is kept until Office Desk closes.</source>
        <translation>{problem} 密码将保留到 Office Desk 关闭为止。</translation>
    </message>
</context>
<context>
    <name>TileCache</name>
    <message>
        <source>{key} is not a valid tile source key</source>
        <extracomment>The largest tile fetched, stored or served on any path. Public OpenStreetMap tile servers (and mirrors with the same policy): no bulk download.</extracomment>
        <translation>{key} 不是有效的瓦片来源标识</translation>
    </message>
    <message>
        <source>{url}: a tile server URL starts with https:// or http://</source>
        <translation>{url}：瓦片服务器 URL 必须以 https:// 或 http:// 开头</translation>
    </message>
    <message>
        <source>{url}: the URL needs {{z}}, {{x}} and {{y}} in it</source>
        <translation>{url}：URL 中必须包含 {{z}}、{{x}} 和 {{y}}</translation>
    </message>
    <message>
        <source>OpenStreetMap&apos;s tile usage policy forbids downloading its tiles in bulk for offline use. Import an .mbtiles file instead, or configure your organisation&apos;s own tile server.</source>
        <translation>OpenStreetMap 的瓦片使用政策禁止批量下载瓦片供离线使用。请改为导入 .mbtiles 文件，或配置贵机构自己的瓦片服务器。</translation>
    </message>
    <message>
        <source>{source}: preparing for travel is only offered for your organisation&apos;s own tile server; import an .mbtiles file for other maps.</source>
        <translation>{source}：出行准备仅适用于贵机构自己的瓦片服务器；其他地图请导入 .mbtiles 文件。</translation>
    </message>
    <message>
        <source>{source}: tile {z}/{x}/{y} is larger than {limit} MB; it was not taken</source>
        <translation>{source}：瓦片 {z}/{x}/{y} 大于 {limit} MB；未采用</translation>
    </message>
    <message>
        <source>{source}: tile {z}/{x}/{y} could not be fetched ({reason})</source>
        <translation>{source}：无法获取瓦片 {z}/{x}/{y}（{reason}）</translation>
    </message>
    <message>
        <source>{source}: tile {z}/{x}/{y} is not an image</source>
        <translation>{source}：瓦片 {z}/{x}/{y} 不是图像</translation>
    </message>
    <message>
        <source>{path}: the map tiles kept on this computer cannot be used ({reason})</source>
        <translation>{path}：本机保存的地图瓦片无法使用（{reason}）</translation>
    </message>
    <message>
        <source>{path}: the map file holds a value larger than {limit} MB; it is not taken</source>
        <extracomment>The longest name, format or attribution an imported map file may give, and the most metadata rows read from it. A tile&apos;s data if it is not over the cap given (else NULL), and its size. The metadata an offline layer uses, each value cut at the cap (with its full length).</extracomment>
        <translation>{path}：地图文件中含有大于 {limit} MB 的值；未采用</translation>
    </message>
    <message>
        <source>{path}: not an MBTiles map file ({reason})</source>
        <translation>{path}：不是 MBTiles 地图文件（{reason}）</translation>
    </message>
    <message>
        <source>{path}: the map file&apos;s {field} is {length} characters long; at most {limit} are read</source>
        <translation>{path}：地图文件的 {field} 长 {length} 个字符；最多读取 {limit} 个</translation>
    </message>
    <message>
        <source>{path}: holds {format} tiles; only image tiles (png, jpg, webp) can be shown</source>
        <translation>{path}：包含 {format} 瓦片；只能显示图像瓦片（png、jpg、webp）</translation>
    </message>
    <message>
        <source>{path}: the map file holds no tiles</source>
        <translation>{path}：地图文件中没有瓦片</translation>
    </message>
    <message>
        <source>{path}: holds a tile larger than {limit} MB; a map file with such tiles is not taken</source>
        <translation>{path}：含有大于 {limit} MB 的瓦片；不采用含此类瓦片的地图文件</translation>
    </message>
    <message>
        <source>{name}: an offline map of that name is already imported</source>
        <translation>{name}：已导入同名的离线地图</translation>
    </message>
    <message>
        <source>{path}: there is not enough free disk space for this map file ({size} MB)</source>
        <translation>{path}：磁盘可用空间不足以存放此地图文件（{size} MB）</translation>
    </message>
    <message>
        <source>{path}: the map file could not be copied ({reason})</source>
        <translation>{path}：无法复制地图文件（{reason}）</translation>
    </message>
    <message>
        <source>{tiles} tiles, {cached} already on this computer; about {megabytes} MB to download</source>
        <translation>共 {tiles} 个瓦片，其中 {cached} 个已在本机；约需下载 {megabytes} MB</translation>
    </message>
    <message>
        <source> (more than {limit} tiles: choose a smaller area or zoom range)</source>
        <translation> （超过 {limit} 个瓦片：请选择更小的区域或缩放范围）</translation>
    </message>
    <message>
        <source>{tiles} tiles is more than the {limit} allowed at once: choose a smaller area or zoom range</source>
        <translation>{tiles} 个瓦片超过了单次允许的 {limit} 个：请选择更小的区域或缩放范围</translation>
    </message>
</context>
<context>
    <name>TypedInput</name>
    <message>
        <source>“{text}” is ambiguous: {large} or {small}? Type {large_typed} or {small_typed}.</source>
        <extracomment>The locale used when the system gives none (Qt&apos;s &quot;C&quot; locale) or one Babel does not know. Dates before or after these years are taken for typing mistakes. The example date in placeholders and messages: its day (25) cannot be a month.</extracomment>
        <translation>“{text}”有歧义：是 {large} 还是 {small}？请输入 {large_typed} 或 {small_typed}。</translation>
    </message>
    <message>
        <source>“{text}” is not an amount; write it like {example}</source>
        <translation>“{text}”不是金额；请按 {example} 的格式填写</translation>
    </message>
    <message>
        <source>“{text}” is not a number; write it like {example}</source>
        <translation>“{text}”不是数字；请按 {example} 的格式填写</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number</source>
        <translation>“{text}”不是整数</translation>
    </message>
    <message>
        <source>“{text}” is not a date; type it like {example}</source>
        <translation>“{text}”不是日期；请按 {example} 的格式输入</translation>
    </message>
    <message>
        <source>“{text}”: type the year with four digits, like {example}</source>
        <translation>“{text}”：请用四位数字输入年份，例如 {example}</translation>
    </message>
    <message>
        <source>“{text}” is ambiguous: {first} or {second}? Type it like {example}, or as {iso}.</source>
        <translation>“{text}”有歧义：是 {first} 还是 {second}？请按 {example} 的格式输入，或输入 {iso}。</translation>
    </message>
    <message>
        <source>“{text}” is not a possible date: check the day and the month (type it like {example})</source>
        <translation>“{text}”不是有效日期：请检查日和月（按 {example} 的格式输入）</translation>
    </message>
    <message>
        <source>“{text}”: the year must be between {first} and {last}</source>
        <translation>“{text}”：年份须在 {first} 至 {last} 之间</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>That could not be undone or redone; nothing was changed. The undo history was cleared.

{error}</source>
        <extracomment>The write already ran (in the background): the first redo only announces it.</extracomment>
        <translation>无法撤销或重做；未做任何更改。撤销历史已清空。

{error}</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Office Desk User Guide</source>
        <translation>Office Desk用户指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation ({file}).</source>
        <translation>此安装中缺少用户指南（{file}）。</translation>
    </message>
    <message>
        <source>Find in the guide…</source>
        <translation>在指南中查找…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{kind} not saved: {problems}</source>
        <translation>{kind} 未保存：{problems}</translation>
    </message>
    <message>
        <source>ExchangeRate</source>
        <extracomment>What the user calls the records that are no kind of their own (a kind&apos;s name is its label in core.kinds: &quot;Office&quot;, &quot;Person&quot;).</extracomment>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>it has a full-width or look-alike @ sign; type the ordinary @</source>
        <translation>其中含有全角或形似的 @ 符号；请输入普通的 @</translation>
    </message>
    <message>
        <source>it has no @ sign</source>
        <translation>其中没有 @ 符号</translation>
    </message>
    <message>
        <source>there is nothing before the @</source>
        <translation>@ 之前没有内容</translation>
    </message>
    <message>
        <source>there is nothing after the @</source>
        <translation>@ 之后没有内容</translation>
    </message>
    <message>
        <source>the part after the @ needs a dot and an ending, e.g. example.com</source>
        <translation>@ 之后的部分需要包含点和后缀，例如 example.com</translation>
    </message>
    <message>
        <source>the part after the @ does not end in a real domain ending such as .com, .de or .cn</source>
        <translation>@ 之后的部分没有以真实的域名后缀结尾，例如 .com、.de 或 .cn</translation>
    </message>
    <message>
        <source>the part after the @ is a reserved name, not a real domain</source>
        <translation>@ 之后的部分是保留名称，不是真实域名</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>地址过长</translation>
    </message>
    <message>
        <source>the part after the @ has a hyphen in the wrong place</source>
        <translation>@ 之后的部分连字符位置有误</translation>
    </message>
    <message>
        <source>it has a dot in the wrong place: at the start or the end, next to the @, or two in a row</source>
        <translation>点的位置有误：位于开头或结尾、紧挨 @，或连续两个点</translation>
    </message>
    <message>
        <source>an IP address after the @ is not accepted; use the domain name</source>
        <translation>@ 之后不接受 IP 地址；请使用域名</translation>
    </message>
    <message>
        <source>quotation marks are not accepted in an e-mail address</source>
        <translation>电子邮件地址中不接受引号</translation>
    </message>
    <message>
        <source>the part before the @ has a character an address cannot have, such as a space or a comma</source>
        <translation>@ 之前的部分含有地址中不能出现的字符，例如空格或逗号</translation>
    </message>
    <message>
        <source>the part after the @ has a character an address cannot have, such as a space, a second @ or _</source>
        <translation>@ 之后的部分含有地址中不能出现的字符，例如空格、第二个 @ 或 _</translation>
    </message>
    <message>
        <source>it has a character or a form an e-mail address cannot have</source>
        <translation>其中含有电子邮件地址不能出现的字符或格式</translation>
    </message>
    <message>
        <source>{address} is not a valid e-mail address ({reason})</source>
        <translation>{address} 不是有效的电子邮件地址（{reason}）</translation>
    </message>
    <message>
        <source>{value} is not one of: {allowed}</source>
        <translation>{value} 不是以下值之一：{allowed}</translation>
    </message>
    <message>
        <source>a country is required</source>
        <translation>必须填写国家</translation>
    </message>
    <message>
        <source>{value} is not an ISO 3166 country code (e.g. DE, CN)</source>
        <translation>{value} 不是 ISO 3166 国家代码（例如 DE、CN）</translation>
    </message>
    <message>
        <source>give both latitude and longitude, or neither</source>
        <translation>请同时填写纬度和经度，或两者都不填</translation>
    </message>
    <message>
        <source>{lat} is impossible: latitude is -90 to 90</source>
        <translation>{lat} 不可能成立：纬度范围为 -90 至 90</translation>
    </message>
    <message>
        <source>{lon} is impossible: longitude is -180 to 180</source>
        <translation>{lon} 不可能成立：经度范围为 -180 至 180</translation>
    </message>
    <message>
        <source>amounts must be exact decimals</source>
        <extracomment>Amounts have at most 18 digits before the point and 6 after (they are kept as text of at most 40 characters, and a typo of ten extra zeros should not reach a report). The most direct jobs one project may record (more is a typing slip, and a number past 2**63 would not even fit the database).</extracomment>
        <translation>金额必须是精确的十进制数</translation>
    </message>
    <message>
        <source>the amount is not a number</source>
        <translation>金额不是数字</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>the amount is too large: at most 18 digits before the decimal point</source>
        <translation>金额过大：小数点前最多 18 位</translation>
    </message>
    <message>
        <source>the amount has more than 6 decimal places</source>
        <translation>金额的小数位超过 6 位</translation>
    </message>
    <message>
        <source>an amount needs its currency (e.g. CNY, EUR)</source>
        <translation>金额需要注明货币（例如 CNY、EUR）</translation>
    </message>
    <message>
        <source>{code} is not a current ISO 4217 currency</source>
        <translation>{code} 不是现行的 ISO 4217 货币代码</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>What the user calls each field that has a declared length (see :func:`length_limits`); a field missing here is named by its own name (a test checks that none is missing).</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>name in its own script</source>
        <translation>原文名称</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>academic title</source>
        <translation>头衔</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>title in its own script</source>
        <translation>原文标题</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>source country</source>
        <translation>来源国</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>base currency</source>
        <translation>基准货币</translation>
    </message>
    <message>
        <source>quote currency</source>
        <translation>报价货币</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>the {field} has {length} characters; at most {limit} are allowed</source>
        <translation>{field}有 {length} 个字符；最多允许 {limit} 个</translation>
    </message>
    <message>
        <source>an office needs a name</source>
        <translation>联络处需要名称</translation>
    </message>
    <message>
        <source>an office cannot be its own counterpart</source>
        <translation>联络处不能是自己的对口联络处</translation>
    </message>
    <message>
        <source>an organization needs a name</source>
        <translation>机构需要名称</translation>
    </message>
    <message>
        <source>a contact needs a name</source>
        <translation>联系人需要姓名</translation>
    </message>
    <message>
        <source>an academic title has at most {count} characters; the job goes under Position</source>
        <translation>头衔最多 {count} 个字符；职务请填在“职务”中</translation>
    </message>
    <message>
        <source>a project needs a title</source>
        <translation>项目需要标题</translation>
    </message>
    <message>
        <source>jobs created cannot be negative</source>
        <translation>创造的就业岗位数不能为负数</translation>
    </message>
    <message>
        <source>jobs created: at most {count} (is it an amount?)</source>
        <translation>创造的就业岗位：最多 {count} 个（这是金额吗？）</translation>
    </message>
    <message>
        <source>an event needs a title</source>
        <translation>活动需要标题</translation>
    </message>
    <message>
        <source>an event needs a date</source>
        <translation>活动需要日期</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>标签需要名称</translation>
    </message>
    <message>
        <source>{color} is not a #RRGGBB colour</source>
        <translation>{color} 不是 #RRGGBB 格式的颜色</translation>
    </message>
    <message>
        <source>a rate needs two different currencies</source>
        <translation>汇率需要两种不同的货币</translation>
    </message>
    <message>
        <source>the rate must be a positive exact decimal</source>
        <translation>汇率必须是正的精确十进制数</translation>
    </message>
    <message>
        <source>{value} is not a web address: it has a space in it (e.g. www.example.com)</source>
        <translation>{value} 不是网址：其中含有空格（例如 www.example.com）</translation>
    </message>
    <message>
        <source>{value} is not a web address (e.g. www.example.com or https://www.example.com)</source>
        <translation>{value} 不是网址（例如 www.example.com 或 https://www.example.com）</translation>
    </message>
    <message>
        <source>The place on the map is about {km} km outside {country}. Are the coordinates and the country right?</source>
        <extracomment>the country field (&quot;country&quot;)</extracomment>
        <translation>地图上的位置在{country}境外约 {km} 公里处。坐标和国家是否正确？</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Planned</source>
        <extracomment>The English label of every stored value (one dict: a value means the same in every choice, e.g. &quot;other&quot;). Translated when read, by ``_Choice.label``.</extracomment>
        <translation>筹建中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>运营中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>University</source>
        <translation>大学</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>研究机构</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>政府机关</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>协会</translation>
    </message>
    <message>
        <source>Cultural body</source>
        <translation>文化机构</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>R&amp;D centre</source>
        <translation>研发中心</translation>
    </message>
    <message>
        <source>Joint lab</source>
        <translation>联合实验室</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>Capacity expansion</source>
        <translation>产能扩张</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Cultural exchange</source>
        <translation>文化交流</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>贸易</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>In talks</source>
        <translation>洽谈中</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签约</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>实施中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Chinese side</source>
        <translation>中方</translation>
    </message>
    <message>
        <source>European side</source>
        <translation>欧方</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>资助方</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>大会</translation>
    </message>
    <message>
        <source>Cultural event</source>
        <translation>文化活动</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>正当利益</translation>
    </message>
    <message>
        <source>Public role (published contact)</source>
        <translation>公共职务（公开的联系方式）</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>法定义务</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Office Desk</source>
        <translation>Office Desk</translation>
    </message>
    <message>
        <source>One desk for your contact-office network: offices, people, organizations, projects and events, on your own computer, online or not.</source>
        <translation>一站式管理您的联络处网络：联络处、人员、机构、项目和活动，全部保存在您自己的电脑上，联网与否均可使用。</translation>
    </message>
    <message>
        <source>Open the sample network</source>
        <translation>打开示例网络</translation>
    </message>
    <message>
        <source>The Dresden-Jinan office and its network, to look around</source>
        <translation>德累斯顿-济南联络处及其网络，供您随意浏览</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <source>Start with an empty file</source>
        <translation>从空文件开始</translation>
    </message>
    <message>
        <source>Open an existing file…</source>
        <translation>打开现有文件…</translation>
    </message>
    <message>
        <source>An Office Desk .sqlite file</source>
        <translation>Office Desk的.sqlite文件</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近打开的文件</translation>
    </message>
    <message>
        <source>You can also drop a database file onto this window.</source>
        <translation>也可以将数据库文件拖放到此窗口。</translation>
    </message>
</context>
<context>
    <name>WriteError</name>
    <message>
        <source>the file</source>
        <extracomment>A file this close to the process&apos;s file-size limit (at most an eighth of the limit) is taken to have hit it: SQLite writes a page or a chunk at a time.</extracomment>
        <translation>该文件</translation>
    </message>
    <message>
        <source>{path}: the disk is full; nothing was saved. Free some space and try again.</source>
        <translation>{path}：磁盘已满；未保存任何内容。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>{path}: the file has reached the largest size this system allows; nothing was saved.</source>
        <translation>{path}：文件已达到此系统允许的最大大小；未保存任何内容。</translation>
    </message>
    <message>
        <source>{path}: the disk reported an error while writing (it may be full, removed or failing); nothing was saved. Check the disk and try again.</source>
        <translation>{path}：写入时磁盘报告错误（可能已满、已移除或出现故障）；未保存任何内容。请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>{path}: the file or its folder is read-only; nothing was saved. Make it writable, or save a copy somewhere else.</source>
        <translation>{path}：文件或其所在文件夹为只读；未保存任何内容。请将其设为可写，或将副本保存到其他位置。</translation>
    </message>
    <message>
        <source>{path}: another program is writing to the database; nothing was saved. Wait a moment and try again.</source>
        <translation>{path}：另一个程序正在写入数据库；未保存任何内容。请稍候再试。</translation>
    </message>
</context>
</TS>
